/**
 * BPE merge learning over the letter runs of a corpus, with incremental pair counts: each merge
 * only revisits the words that contain the merged pair, so ~400 merges over ~1 MB of text take
 * a fraction of a second instead of a recount of the whole corpus per merge.
 *
 * Ties between equally frequent pairs go to the smaller pair key (smaller left id, then right
 * id), so the same corpus always gives the same merges.
 */
import { bytesKey, concatBytes, isWholeUtf8, mergeAllowed, pairKey, pairOf } from "./tokenizer-bpe.js";
import { isLetterPiece, pretokenize } from "./tokenizer-pretokenize.js";

export interface LearnMergesOptions {
  /** How many merges to learn at most (~400 suits the synthetic worlds: trajectories stay under 256 tokens and learning the merges takes under a second). */
  readonly merges?: number;
  /** Stop when the best pair occurs fewer times than this. */
  readonly minCount?: number;
}

/**
 * Learns merges from texts. `firstId` is the id the first merged token will get (ids below it
 * are the 256 bytes and the special tokens). Returns the merges in rank order as id pairs.
 */
export function learnMerges(texts: Iterable<string>, firstId: number, opts: LearnMergesOptions = {}): Array<[number, number]> {
  const maxMerges = opts.merges ?? 400;
  const minCount = opts.minCount ?? 2;

  // distinct letter runs with their counts: the corpus collapses to a few thousand words
  const wordCounts = new Map<string, number>();
  for (const text of texts) {
    for (const piece of pretokenize(text)) {
      if (isLetterPiece(piece)) wordCounts.set(piece, (wordCounts.get(piece) ?? 0) + 1);
    }
  }
  const encoder = new TextEncoder();
  const words: number[][] = [];
  const counts: number[] = [];
  for (const [w, c] of wordCounts) {
    words.push(Array.from(encoder.encode(w)));
    counts.push(c);
  }

  // token facts: bytes, whole-character flag; ids between 256 and firstId are specials (unused)
  const bytes = new Map<number, Uint8Array>();
  const whole = new Map<number, boolean>();
  const known = new Set<string>();
  for (let b = 0; b < 256; b++) {
    const one = Uint8Array.of(b);
    bytes.set(b, one);
    whole.set(b, b < 0x80);
    known.add(bytesKey(one));
  }

  const pairCount = new Map<number, number>();
  const pairWords = new Map<number, Set<number>>();
  const forbidden = new Set<number>();
  const addWord = (w: number, sign: 1 | -1): void => {
    const ids = words[w]!;
    for (let i = 0; i + 1 < ids.length; i++) {
      const a = ids[i]!;
      const b = ids[i + 1]!;
      if (!mergeAllowed(bytes.get(a)!, bytes.get(b)!, whole.get(a)!, whole.get(b)!)) continue;
      const key = pairKey(a, b);
      const n = (pairCount.get(key) ?? 0) + sign * counts[w]!;
      if (n > 0) pairCount.set(key, n);
      else pairCount.delete(key);
      if (sign > 0) {
        let set = pairWords.get(key);
        if (!set) pairWords.set(key, (set = new Set()));
        set.add(w);
      }
    }
  };
  for (let w = 0; w < words.length; w++) addWord(w, 1);

  const merges: Array<[number, number]> = [];
  let nextId = firstId;
  while (merges.length < maxMerges) {
    let bestKey = -1;
    let bestCount = 0;
    for (const [key, n] of pairCount) {
      if (forbidden.has(key)) continue;
      if (n > bestCount || (n === bestCount && key < bestKey)) {
        bestCount = n;
        bestKey = key;
      }
    }
    if (bestKey < 0 || bestCount < minCount) break;
    const [a, b] = pairOf(bestKey);
    const merged = concatBytes(bytes.get(a)!, bytes.get(b)!);
    const mkey = bytesKey(merged);
    if (known.has(mkey)) {
      // the same string was already made by another pair: one token per string, so skip it
      forbidden.add(bestKey);
      continue;
    }
    const id = nextId++;
    known.add(mkey);
    bytes.set(id, merged);
    whole.set(id, isWholeUtf8(merged));
    merges.push([a, b]);

    for (const w of pairWords.get(bestKey) ?? []) {
      const ids = words[w]!;
      if (!containsPair(ids, a, b)) continue; // stale entry: the word changed since
      addWord(w, -1);
      words[w] = mergeInWord(ids, a, b, id);
      addWord(w, 1);
    }
    pairWords.delete(bestKey);
  }
  return merges;
}

function containsPair(ids: number[], a: number, b: number): boolean {
  for (let i = 0; i + 1 < ids.length; i++) if (ids[i] === a && ids[i + 1] === b) return true;
  return false;
}

/** Left to right, non-overlapping: "a a a" with merge (a, a) becomes "aa a", as the encoder does. */
function mergeInWord(ids: number[], a: number, b: number, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
      out.push(id);
      i++;
    } else out.push(ids[i]!);
  }
  return out;
}
