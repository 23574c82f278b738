/**
 * The BPE primitives shared by the trainer and the encoder: pair keys, the merge loop, and the
 * UTF-8 facts that decide which merges are allowed.
 *
 * Merge order is the one llama.cpp uses (llm_tokenizer_bpe_session): repeatedly merge the
 * adjacent pair with the lowest rank, the leftmost one on ties, one occurrence at a time. Doing
 * exactly that (rather than "all occurrences per rank") keeps our ids equal to llama.cpp's.
 */
export declare const MAX_TOKENS: number;
export declare function pairKey(a: number, b: number): number;
export declare function pairOf(key: number): [number, number];
/** A merge table: pair key → rank, and rank → id of the merged token. */
export interface MergeTable {
    readonly ranks: ReadonlyMap<number, number>;
    readonly results: readonly number[];
}
/** Applies merges to a symbol sequence (usually the bytes of one piece), in place semantics. */
export declare function applyMerges(symbols: number[], table: MergeTable): number[];
/** A UTF-8 continuation byte (10xxxxxx). */
export declare function isContinuation(byte: number): boolean;
/** True when the bytes are a sequence of complete UTF-8 characters (no partial character). */
export declare function isWholeUtf8(bytes: Uint8Array): boolean;
/**
 * Whether a merge of tokens `a` and `b` may be learned. Either it joins two strings of whole
 * characters, or it stays inside one character (b starts with a continuation byte). Never a
 * partial character glued to the next one: such a token could match bytes that straddle two
 * symbols or digits in llama.cpp's coarser pieces, and its tokenisation would then differ.
 */
export declare function mergeAllowed(a: Uint8Array, b: Uint8Array, aWhole: boolean, bWhole: boolean): boolean;
export declare function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array;
/** A string key for a byte string (latin1: one char per byte), for Map lookups. */
export declare function bytesKey(bytes: Uint8Array): string;
