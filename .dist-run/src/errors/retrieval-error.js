/** A remote retrieval server that could not be reached or answered something unusable. */
export class RetrievalError extends Error {
    name = "RetrievalError";
    /** The URL that was called. */
    endpoint;
    /** HTTP status, or 0 when no response arrived. */
    status;
    problem;
    constructor(opts) {
        super(`retrieval ${opts.endpoint}${opts.status ? ` (HTTP ${opts.status})` : ""}: ${opts.problem}`);
        this.endpoint = opts.endpoint;
        this.status = opts.status;
        this.problem = opts.problem;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "RetrievalError";
    }
}
//# sourceMappingURL=retrieval-error.js.map