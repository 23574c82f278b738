/**
 * Okapi BM25 over a passage corpus, built for speed in plain TypeScript: the vocabulary maps terms
 * to ids, postings are flat typed arrays (CSR layout), and each posting stores its finished
 * term weight idf·tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)), so a query only adds numbers.
 * idf = ln(1 + (N − df + 0.5)/(df + 0.5)), the non-negative variant Lucene uses.
 */
import type { Passage } from "../../tasks/passage.js";
import { createTokenizer, type Tokenize, type TokenizerOptions } from "./tokenizer.js";

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
  readonly tokenizer: TokenizerOptions;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, tokenizer: { stopwords: true, stem: true } };

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

export class Bm25Index {
  readonly params: Bm25Params;
  readonly passages: readonly Passage[];
  private readonly data: Bm25Data;
  private readonly termIds = new Map<string, number>();
  private readonly byTitle = new Map<string, number>();
  private readonly tokenize: Tokenize;
  // reused across queries: scores of touched documents, reset after each query
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;

  constructor(data: Bm25Data) {
    this.data = data;
    this.params = data.params;
    this.passages = data.passages;
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    data.passages.forEach((p, i) => {
      const key = titleKey(p.title);
      if (key && !this.byTitle.has(key)) this.byTitle.set(key, i);
    });
    this.tokenize = createTokenizer(data.params.tokenizer);
    this.scores = new Float64Array(data.passages.length);
    this.touched = new Uint32Array(data.passages.length);
  }

  static build(passages: readonly Passage[], params: Partial<Bm25Params> = {}): Bm25Index {
    return new Bm25Index(buildBm25Data(passages, { ...DEFAULT_BM25, ...params }));
  }

  get size(): number {
    return this.passages.length;
  }

  /** The arrays of this index (for saving). */
  toData(): Bm25Data {
    return this.data;
  }

  /** Index of the passage whose title equals `query` (case- and punctuation-insensitive). */
  titleMatch(query: string): number | undefined {
    return this.byTitle.get(titleKey(query));
  }

  /** Top-k passages by BM25 score, best first; ties go to the earlier passage. */
  search(query: string, k = 1): SearchHit[] {
    const { offsets, docs, weights } = this.data;
    const scores = this.scores;
    const touched = this.touched;
    let nTouched = 0;
    for (const token of this.tokenize(query)) {
      const t = this.termIds.get(token);
      if (t === undefined) continue;
      const end = offsets[t + 1] as number;
      for (let p = offsets[t] as number; p < end; p++) {
        const d = docs[p] as number;
        if (scores[d] === 0) touched[nTouched++] = d;
        scores[d] += weights[p] as number;
      }
    }
    const top = topK(scores, touched, nTouched, k);
    for (let i = 0; i < nTouched; i++) scores[touched[i] as number] = 0;
    return top.map(([d, score]) => ({ passage: this.passages[d] as Passage, score }));
  }
}

/** Selects the k best [doc, score] pairs by a bounded insertion sort (k is small). */
function topK(scores: Float64Array, touched: Uint32Array, n: number, k: number): [number, number][] {
  const best: [number, number][] = [];
  if (k <= 0) return best;
  for (let i = 0; i < n; i++) {
    const d = touched[i] as number;
    const s = scores[d] as number;
    if (best.length === k) {
      const last = best[k - 1] as [number, number];
      if (s < last[1] || (s === last[1] && d > last[0])) continue;
      best.pop();
    }
    let j = best.length;
    while (j > 0) {
      const prev = best[j - 1] as [number, number];
      if (prev[1] > s || (prev[1] === s && prev[0] < d)) break;
      j--;
    }
    best.splice(j, 0, [d, s]);
  }
  return best;
}

export function titleKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function buildBm25Data(passages: readonly Passage[], params: Bm25Params): Bm25Data {
  const tokenize = createTokenizer(params.tokenizer);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const n = passages.length;
  // pass 1: per document, its distinct term ids and their counts, in flat growable arrays
  const docStart = new Uint32Array(n + 1);
  let flatTerms: Uint32Array = new Uint32Array(1 << 16);
  let flatTf: Uint32Array = new Uint32Array(1 << 16);
  let used = 0;
  const docLen = new Float64Array(n);
  let df: Uint32Array = new Uint32Array(1 << 12);
  const local = new Map<number, number>();
  for (let d = 0; d < n; d++) {
    const p = passages[d] as Passage;
    const tokens = tokenize(`${p.title} ${p.text}`);
    docLen[d] = tokens.length;
    local.clear();
    for (const tok of tokens) {
      let id = termIds.get(tok);
      if (id === undefined) {
        id = terms.length;
        termIds.set(tok, id);
        terms.push(tok);
      }
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    if (used + local.size > flatTerms.length) {
      const cap = Math.max(flatTerms.length * 2, used + local.size);
      flatTerms = grow(flatTerms, cap);
      flatTf = grow(flatTf, cap);
    }
    if (terms.length > df.length) df = grow(df, Math.max(df.length * 2, terms.length));
    for (const [id, tf] of local) {
      flatTerms[used] = id;
      flatTf[used++] = tf;
      df[id]! += 1;
    }
    docStart[d + 1] = used;
  }
  // pass 2: counting sort of (term, doc) pairs into postings, with finished weights
  const V = terms.length;
  const offsets = new Uint32Array(V + 1);
  for (let t = 0; t < V; t++) offsets[t + 1] = (offsets[t] as number) + (df[t] as number);
  const fill = offsets.slice(0, V);
  const docs = new Uint32Array(used);
  const weights = new Float64Array(used);
  let totalLen = 0;
  for (let d = 0; d < n; d++) totalLen += docLen[d] as number;
  const avgdl = n > 0 ? totalLen / n || 1 : 1;
  const { k1, b } = params;
  for (let d = 0; d < n; d++) {
    const norm = k1 * (1 - b + (b * (docLen[d] as number)) / avgdl);
    for (let i = docStart[d] as number; i < (docStart[d + 1] as number); i++) {
      const t = flatTerms[i] as number;
      const tf = flatTf[i] as number;
      const idf = Math.log(1 + (n - (df[t] as number) + 0.5) / ((df[t] as number) + 0.5));
      const slot = fill[t]!++;
      docs[slot] = d;
      weights[slot] = (idf * tf * (k1 + 1)) / (tf + norm);
    }
  }
  return { params, passages: passages.slice(), terms, offsets, docs, weights };
}

function grow(a: Uint32Array, cap: number): Uint32Array {
  const out = new Uint32Array(cap);
  out.set(a);
  return out;
}
