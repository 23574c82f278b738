/** Opens a BM25 index from its saved file, or builds it from a corpus file (and saves it). */
import { existsSync } from "node:fs";
import { Bm25Index, type Bm25Params } from "./bm25-index.js";
import { loadBm25Index, saveBm25Index } from "./bm25-store.js";
import { readCorpus } from "./corpus.js";

export interface OpenIndexOptions {
  /** Saved index file; loaded if it exists, else written after building. */
  readonly indexPath?: string;
  /** Corpus JSONL ({id, title, text}) to build from when no saved index exists. */
  readonly corpusPath?: string;
  readonly params?: Partial<Bm25Params>;
  /** Rebuild even when the index file exists. */
  readonly rebuild?: boolean;
}

export async function openBm25Index(opts: OpenIndexOptions): Promise<{ index: Bm25Index; built: boolean; indexPath?: string }> {
  const indexPath = opts.indexPath ?? (opts.corpusPath ? `${opts.corpusPath}.bm25` : undefined);
  if (indexPath && existsSync(indexPath) && !opts.rebuild) return { index: await loadBm25Index(indexPath), built: false, indexPath };
  if (!opts.corpusPath) throw new Error(indexPath ? `no index at ${indexPath} and no corpus to build it from` : "give a corpus or an index path");
  const index = Bm25Index.build(await readCorpus(opts.corpusPath), opts.params);
  if (indexPath) await saveBm25Index(index, indexPath);
  return { index, built: true, indexPath };
}
