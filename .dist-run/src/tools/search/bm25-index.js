import { createTokenizer } from "./tokenizer.js";
export const DEFAULT_BM25 = { k1: 1.2, b: 0.75, tokenizer: { stopwords: true, stem: true } };
export class Bm25Index {
    params;
    passages;
    data;
    termIds = new Map();
    byTitle = new Map();
    tokenize;
    // reused across queries: scores of touched documents, reset after each query
    scores;
    touched;
    constructor(data) {
        this.data = data;
        this.params = data.params;
        this.passages = data.passages;
        data.terms.forEach((t, i) => this.termIds.set(t, i));
        data.passages.forEach((p, i) => {
            const key = titleKey(p.title);
            if (key && !this.byTitle.has(key))
                this.byTitle.set(key, i);
        });
        this.tokenize = createTokenizer(data.params.tokenizer);
        this.scores = new Float64Array(data.passages.length);
        this.touched = new Uint32Array(data.passages.length);
    }
    static build(passages, params = {}) {
        return new Bm25Index(buildBm25Data(passages, { ...DEFAULT_BM25, ...params }));
    }
    get size() {
        return this.passages.length;
    }
    /** The arrays of this index (for saving). */
    toData() {
        return this.data;
    }
    /** Index of the passage whose title equals `query` (case- and punctuation-insensitive). */
    titleMatch(query) {
        return this.byTitle.get(titleKey(query));
    }
    /** Top-k passages by BM25 score, best first; ties go to the earlier passage. */
    search(query, k = 1) {
        const { offsets, docs, weights } = this.data;
        const scores = this.scores;
        const touched = this.touched;
        let nTouched = 0;
        for (const token of this.tokenize(query)) {
            const t = this.termIds.get(token);
            if (t === undefined)
                continue;
            const end = offsets[t + 1];
            for (let p = offsets[t]; p < end; p++) {
                const d = docs[p];
                if (scores[d] === 0)
                    touched[nTouched++] = d;
                scores[d] += weights[p];
            }
        }
        const top = topK(scores, touched, nTouched, k);
        for (let i = 0; i < nTouched; i++)
            scores[touched[i]] = 0;
        return top.map(([d, score]) => ({ passage: this.passages[d], score }));
    }
}
/** Selects the k best [doc, score] pairs by a bounded insertion sort (k is small). */
function topK(scores, touched, n, k) {
    const best = [];
    if (k <= 0)
        return best;
    for (let i = 0; i < n; i++) {
        const d = touched[i];
        const s = scores[d];
        if (best.length === k) {
            const last = best[k - 1];
            if (s < last[1] || (s === last[1] && d > last[0]))
                continue;
            best.pop();
        }
        let j = best.length;
        while (j > 0) {
            const prev = best[j - 1];
            if (prev[1] > s || (prev[1] === s && prev[0] < d))
                break;
            j--;
        }
        best.splice(j, 0, [d, s]);
    }
    return best;
}
export function titleKey(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
export function buildBm25Data(passages, params) {
    const tokenize = createTokenizer(params.tokenizer);
    const termIds = new Map();
    const terms = [];
    const n = passages.length;
    // pass 1: per document, its distinct term ids and their counts, in flat growable arrays
    const docStart = new Uint32Array(n + 1);
    let flatTerms = new Uint32Array(1 << 16);
    let flatTf = new Uint32Array(1 << 16);
    let used = 0;
    const docLen = new Float64Array(n);
    let df = new Uint32Array(1 << 12);
    const local = new Map();
    for (let d = 0; d < n; d++) {
        const p = passages[d];
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
        if (terms.length > df.length)
            df = grow(df, Math.max(df.length * 2, terms.length));
        for (const [id, tf] of local) {
            flatTerms[used] = id;
            flatTf[used++] = tf;
            df[id] += 1;
        }
        docStart[d + 1] = used;
    }
    // pass 2: counting sort of (term, doc) pairs into postings, with finished weights
    const V = terms.length;
    const offsets = new Uint32Array(V + 1);
    for (let t = 0; t < V; t++)
        offsets[t + 1] = offsets[t] + df[t];
    const fill = offsets.slice(0, V);
    const docs = new Uint32Array(used);
    const weights = new Float64Array(used);
    let totalLen = 0;
    for (let d = 0; d < n; d++)
        totalLen += docLen[d];
    const avgdl = n > 0 ? totalLen / n || 1 : 1;
    const { k1, b } = params;
    for (let d = 0; d < n; d++) {
        const norm = k1 * (1 - b + (b * docLen[d]) / avgdl);
        for (let i = docStart[d]; i < docStart[d + 1]; i++) {
            const t = flatTerms[i];
            const tf = flatTf[i];
            const idf = Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
            const slot = fill[t]++;
            docs[slot] = d;
            weights[slot] = (idf * tf * (k1 + 1)) / (tf + norm);
        }
    }
    return { params, passages: passages.slice(), terms, offsets, docs, weights };
}
function grow(a, cap) {
    const out = new Uint32Array(cap);
    out.set(a);
    return out;
}
//# sourceMappingURL=bm25-index.js.map