import type { PolicyFailureKind } from "../errors/policy-request-error.js";
export interface RetryOptions {
    /** Retries after the first attempt (so attempts = retries + 1). */
    readonly retries: number;
    /** First backoff, doubled per retry. */
    readonly baseDelayMs: number;
    /** Cap on one backoff (and on a server's Retry-After). */
    readonly maxDelayMs: number;
}
export interface FailureInfo {
    readonly kind: PolicyFailureKind;
    /** HTTP status, 0 without a response. */
    readonly status: number;
    readonly retryable: boolean;
    readonly problem: string;
    /** The server's requested wait, when it sent one. */
    readonly retryAfterMs?: number;
}
/** Classifies what the openai client threw (or our own reply checks raised). */
export declare function classifyFailure(e: unknown): FailureInfo;
/** The server's requested wait: `retry-after-ms`, else `retry-after` as seconds or an HTTP date. */
export declare function parseRetryAfter(headers: Headers | undefined, now?: number): number | undefined;
/** Wait before retry number `retry` (1-based): base·2^(retry-1) capped, with jitter. */
export declare function backoffMs(retry: number, opts: RetryOptions, random: () => number, retryAfterMs?: number): number;
