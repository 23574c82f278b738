export class PolicyRequestError extends Error {
    name = "PolicyRequestError";
    /** Base URL of the endpoint that failed. */
    endpoint;
    /** 1-based attempt number of the request this failure belongs to. */
    attempt;
    /** HTTP status, or 0 when no response arrived (timeout, reset). */
    status;
    kind;
    /** Usage label the request was made under (e.g. "generate", "judge"). */
    stage;
    /** Whether the backend tried again after this failure. */
    willRetry;
    /** What went wrong, in a few words. */
    problem;
    constructor(opts) {
        const status = opts.status ? ` HTTP ${opts.status}` : "";
        const next = opts.willRetry ? "retrying" : "giving up";
        super(`policy ${opts.endpoint} attempt ${opts.attempt} (${opts.kind}${status}): ${opts.problem}; ${next}`, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.endpoint = opts.endpoint;
        this.attempt = opts.attempt;
        this.status = opts.status;
        this.kind = opts.kind;
        this.stage = opts.stage;
        this.willRetry = opts.willRetry;
        this.problem = opts.problem;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "PolicyRequestError";
    }
}
//# sourceMappingURL=policy-request-error.js.map