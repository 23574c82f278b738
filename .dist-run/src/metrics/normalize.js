/**
 * Answer normalisation of the official SQuAD-family scorers (HotPotQA, MuSiQue, BeerQA):
 * lower-case, drop ASCII punctuation, drop the words a/an/the, collapse whitespace. Written to
 * behave like the Python original on any Unicode input: Python's `\b` and `str.split()` know
 * Unicode word characters and whitespace, JavaScript's `\b` and `\s` differ, so both are spelled out.
 */
// string.punctuation: the 32 ASCII punctuation characters
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
// \b(a|an|the)\b with Python's Unicode notion of a word character (letters, numbers, "_")
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
// the characters Python's str.split() splits on (note: includes \x1c-\x1f and \x85, excludes \ufeff)
// eslint-disable-next-line no-control-regex -- these control characters are exactly what Python splits on
const PY_WHITESPACE = /[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** Python's `s.split()` with no argument. */
export function pySplit(s) {
    return s.split(PY_WHITESPACE).filter((t) => t.length > 0);
}
export function normalizeAnswer(s) {
    const lowered = s.toLowerCase();
    const noPunct = lowered.replace(PUNCTUATION, "");
    const noArticles = noPunct.replace(ARTICLES, " ");
    return pySplit(noArticles).join(" ");
}
/** Size of the multiset intersection of two token lists (Counter(a) & Counter(b)). */
export function commonTokenCount(a, b) {
    const counts = new Map();
    for (const t of a)
        counts.set(t, (counts.get(t) ?? 0) + 1);
    let same = 0;
    for (const t of b) {
        const c = counts.get(t) ?? 0;
        if (c > 0) {
            same++;
            counts.set(t, c - 1);
        }
    }
    return same;
}
//# sourceMappingURL=normalize.js.map