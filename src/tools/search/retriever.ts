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
   * Put a passage whose title equals the query first (for the synthetic world, where queries
   * are entity names), then the best BM25 hits.
   */
  readonly exactTitleFirst?: boolean;
}

export function localRetriever(index: Bm25Index, opts: LocalRetrieverOptions = {}): Retriever & { searchSync(query: string, k: number): SearchHit[] } {
  const searchSync = (query: string, k: number): SearchHit[] => {
    if (!opts.exactTitleFirst) return index.search(query, k);
    const exact = index.titleMatch(query);
    if (exact === undefined) return index.search(query, k);
    const passage = index.passages[exact]!;
    const hits = index.search(query, k + 1);
    const own = hits.find((h) => h.passage === passage);
    return [{ passage, score: own?.score ?? 0 }, ...hits.filter((h) => h !== own)].slice(0, k);
  };
  return { searchSync, retrieve: async (query, k) => searchSync(query, k) };
}
