/** A remote retrieval server that could not be reached or answered something unusable. */
export declare class RetrievalError extends Error {
    readonly name = "RetrievalError";
    /** The URL that was called. */
    readonly endpoint: string;
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number;
    readonly problem: string;
    constructor(opts: {
        endpoint: string;
        status: number;
        problem: string;
    });
    static isInstance(e: unknown): e is RetrievalError;
}
