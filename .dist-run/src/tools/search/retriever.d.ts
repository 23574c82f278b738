/**
 * A retriever answers one query with the k best passages. The search tool and the retrieval
 * server work with any retriever: the embedded BM25 index, or a remote server.
 */
import type { Bm25Index, SearchHit } from "./bm25-index.js";
export interface Retriever {
    retrieve(query: string, k: number): Promise<SearchHit[]>;
}
export interface LocalRetrieverOptions {
    /**
     * Put a passage whose title equals the query first (as the prototype did for the synthetic
     * world, where queries are entity names), then the best BM25 hits.
     */
    readonly exactTitleFirst?: boolean;
}
export declare function localRetriever(index: Bm25Index, opts?: LocalRetrieverOptions): Retriever & {
    searchSync(query: string, k: number): SearchHit[];
};
