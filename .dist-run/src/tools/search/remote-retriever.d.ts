import type { SearchHit } from "./bm25-index.js";
import type { Retriever } from "./retriever.js";
export interface RemoteRetrieverOptions {
    /** Server base URL ("http://host:8000") or the full endpoint ("…/retrieve"). */
    readonly url: string;
    /** Per-request timeout (default 30 s). */
    readonly timeoutMs?: number;
}
export interface RemoteRetriever extends Retriever {
    readonly endpoint: string;
    /** One request for many queries: one hit list per query, in order. */
    retrieveBatch(queries: readonly string[], k: number): Promise<SearchHit[][]>;
}
export declare function remoteRetriever(opts: RemoteRetrieverOptions): RemoteRetriever;
