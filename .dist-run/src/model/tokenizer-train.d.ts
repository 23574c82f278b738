export interface LearnMergesOptions {
    /** How many merges to learn at most (PROTOTYPE-NOTES: ~400 suits the synthetic worlds). */
    readonly merges?: number;
    /** Stop when the best pair occurs fewer times than this. */
    readonly minCount?: number;
}
/**
 * Learns merges from texts. `firstId` is the id the first merged token will get (ids below it
 * are the 256 bytes and the special tokens). Returns the merges in rank order as id pairs.
 */
export declare function learnMerges(texts: Iterable<string>, firstId: number, opts?: LearnMergesOptions): Array<[number, number]>;
