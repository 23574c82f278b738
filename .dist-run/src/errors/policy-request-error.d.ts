/**
 * One failed call to a policy server (an OpenAI-compatible endpoint): rate limited, a server
 * error, a timeout, a dropped connection, a refused request or a reply we cannot use. Every
 * attempt that fails becomes one of these, recorded in the backend's failure log whether or not
 * it is retried; the last one is thrown when the backend gives up.
 */
/** "context_length": the server refused a prompt longer than its context (a 400 that will never pass). */
export type PolicyFailureKind = "rate_limit" | "server" | "timeout" | "connection" | "client" | "context_length" | "bad_response";
export declare class PolicyRequestError extends Error {
    readonly name = "PolicyRequestError";
    /** Base URL of the endpoint that failed. */
    readonly endpoint: string;
    /** 1-based attempt number of the request this failure belongs to. */
    readonly attempt: number;
    /** HTTP status, or 0 when no response arrived (timeout, reset). */
    readonly status: number;
    readonly kind: PolicyFailureKind;
    /** Usage label the request was made under (e.g. "generate", "judge"). */
    readonly stage: string;
    /** Whether the backend tried again after this failure. */
    readonly willRetry: boolean;
    /** What went wrong, in a few words. */
    readonly problem: string;
    constructor(opts: {
        endpoint: string;
        attempt: number;
        status: number;
        kind: PolicyFailureKind;
        stage: string;
        willRetry: boolean;
        problem: string;
        cause?: unknown;
    });
    static isInstance(e: unknown): e is PolicyRequestError;
}
