/**
 * Answer normalisation of the official SQuAD-family scorers (HotPotQA, MuSiQue, BeerQA):
 * lower-case, drop ASCII punctuation, drop the words a/an/the, collapse whitespace. Written to
 * behave like the Python original on any Unicode input: Python's `\b` and `str.split()` know
 * Unicode word characters and whitespace, JavaScript's `\b` and `\s` differ, so both are spelled out.
 */
/** Python's `s.split()` with no argument. */
export declare function pySplit(s: string): string[];
export declare function normalizeAnswer(s: string): string;
/** Size of the multiset intersection of two token lists (Counter(a) & Counter(b)). */
export declare function commonTokenCount(a: readonly string[], b: readonly string[]): number;
