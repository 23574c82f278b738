/** Confidence intervals for accuracies: Wilson score interval (good at small n and near 0 or 1). */
export interface Interval {
    readonly estimate: number;
    readonly low: number;
    readonly high: number;
    readonly n: number;
}
/** z for a two-sided 95% interval. */
export declare const Z95 = 1.959963984540054;
export declare function wilsonInterval(successes: number, n: number, z?: number): Interval;
/** Wilson interval of the mean of 0/1 scores. */
export declare function accuracyInterval(scores: readonly number[], z?: number): Interval;
