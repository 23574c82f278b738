import type { Retriever } from "./retriever.js";
export interface RetrievalServerOptions {
    readonly retriever: Retriever;
    /** Default 127.0.0.1: serving beyond the machine is an explicit choice. */
    readonly host?: string;
    /** 0 lets the OS choose a free port. */
    readonly port?: number;
    /** Shown by /health. */
    readonly passages?: number;
    /** Upper bound on topk and on queries per request. */
    readonly maxTopk?: number;
    readonly maxQueries?: number;
}
export interface RunningServer {
    readonly url: string;
    readonly port: number;
    close(): Promise<void>;
}
export declare function startRetrievalServer(opts: RetrievalServerOptions): Promise<RunningServer>;
