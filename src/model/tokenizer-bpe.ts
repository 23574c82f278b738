/**
 * The BPE primitives shared by the trainer and the encoder: pair keys, the merge loop, and the
 * UTF-8 facts that decide which merges are allowed.
 *
 * Merge order is the one llama.cpp's BPE tokenizer uses: repeatedly merge the
 * adjacent pair with the lowest rank, the leftmost one on ties, one occurrence at a time. Doing
 * exactly that (rather than "all occurrences per rank") keeps our ids equal to llama.cpp's.
 */

/** Token ids stay below 2^21, so a pair fits one exact double. */
const PAIR_SHIFT = 2 ** 21;
export const MAX_TOKENS = PAIR_SHIFT;

export function pairKey(a: number, b: number): number {
  return a * PAIR_SHIFT + b;
}

export function pairOf(key: number): [number, number] {
  const a = Math.floor(key / PAIR_SHIFT);
  return [a, key - a * PAIR_SHIFT];
}

/** A merge table: pair key → rank, and rank → id of the merged token. */
export interface MergeTable {
  readonly ranks: ReadonlyMap<number, number>;
  readonly results: readonly number[];
}

/** Applies merges to a symbol sequence (usually the bytes of one piece), in place semantics. */
export function applyMerges(symbols: number[], table: MergeTable): number[] {
  const s = symbols.slice();
  while (s.length > 1) {
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i + 1 < s.length; i++) {
      const r = table.ranks.get(pairKey(s[i]!, s[i + 1]!));
      if (r !== undefined && r < bestRank) {
        bestRank = r;
        best = i;
      }
    }
    if (best < 0) break;
    s.splice(best, 2, table.results[bestRank]!);
  }
  return s;
}

/** A UTF-8 continuation byte (10xxxxxx). */
export function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}

/** True when the bytes are a sequence of complete UTF-8 characters (no partial character). */
export function isWholeUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (len === 0 || i + len > bytes.length) return false;
    for (let k = 1; k < len; k++) if (!isContinuation(bytes[i + k]!)) return false;
    i += len;
  }
  return true;
}

/**
 * Whether a merge of tokens `a` and `b` may be learned. Either it joins two strings of whole
 * characters, or it stays inside one character (b starts with a continuation byte). Never a
 * partial character glued to the next one: such a token could match bytes that straddle two
 * symbols or digits in llama.cpp's coarser pieces, and its tokenisation would then differ.
 */
export function mergeAllowed(a: Uint8Array, b: Uint8Array, aWhole: boolean, bWhole: boolean): boolean {
  if (b.length > 0 && isContinuation(b[0]!)) return true;
  return aWhole && bWhole && a.length > 0;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A string key for a byte string (latin1: one char per byte), for Map lookups. */
export function bytesKey(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
