/**
 * The Porter (1980) suffix-stripping stemmer for English, written from the published algorithm:
 * five steps of suffix rules guarded by the "measure" m of the stem ([C](VC)^m[V]).
 * Within a step the longest matching suffix is chosen and, if its condition fails, nothing
 * shorter is tried — as in the reference implementation.
 */
export declare function porterStem(word: string): string;
