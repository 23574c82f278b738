/**
 * Okapi BM25 over a passage corpus, built for speed in plain TypeScript: the vocabulary maps terms
 * to ids, postings are flat typed arrays (CSR layout), and each posting stores its finished
 * term weight idf·tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)), so a query only adds numbers.
 * idf = ln(1 + (N − df + 0.5)/(df + 0.5)), the non-negative variant Lucene uses.
 */
import type { Passage } from "../../tasks/passage.js";
import { type TokenizerOptions } from "./tokenizer.js";
export interface Bm25Params {
    readonly k1: number;
    readonly b: number;
    readonly tokenizer: TokenizerOptions;
}
export declare const DEFAULT_BM25: Bm25Params;
export interface SearchHit {
    readonly passage: Passage;
    readonly score: number;
}
/** The arrays an index is made of; what gets saved to disk. */
export interface Bm25Data {
    readonly params: Bm25Params;
    readonly passages: readonly Passage[];
    /** Term strings in id order. */
    readonly terms: readonly string[];
    /** Postings of term t are [offsets[t], offsets[t+1]). */
    readonly offsets: Uint32Array;
    readonly docs: Uint32Array;
    readonly weights: Float64Array;
}
export declare class Bm25Index {
    readonly params: Bm25Params;
    readonly passages: readonly Passage[];
    private readonly data;
    private readonly termIds;
    private readonly byTitle;
    private readonly tokenize;
    private readonly scores;
    private readonly touched;
    constructor(data: Bm25Data);
    static build(passages: readonly Passage[], params?: Partial<Bm25Params>): Bm25Index;
    get size(): number;
    /** The arrays of this index (for saving). */
    toData(): Bm25Data;
    /** Index of the passage whose title equals `query` (case- and punctuation-insensitive). */
    titleMatch(query: string): number | undefined;
    /** Top-k passages by BM25 score, best first; ties go to the earlier passage. */
    search(query: string, k?: number): SearchHit[];
}
export declare function titleKey(s: string): string;
export declare function buildBm25Data(passages: readonly Passage[], params: Bm25Params): Bm25Data;
