import { Bm25Index, type Bm25Params } from "./bm25-index.js";
export interface OpenIndexOptions {
    /** Saved index file; loaded if it exists, else written after building. */
    readonly indexPath?: string;
    /** Corpus JSONL ({id, title, text}) to build from when no saved index exists. */
    readonly corpusPath?: string;
    readonly params?: Partial<Bm25Params>;
    /** Rebuild even when the index file exists. */
    readonly rebuild?: boolean;
}
export declare function openBm25Index(opts: OpenIndexOptions): Promise<{
    index: Bm25Index;
    built: boolean;
    indexPath?: string;
}>;
