/**
 * Picking the next token from one row of logits: greedy (temperature 0) or sampling with
 * temperature, top-k and top-p (nucleus). The log-probability reported is that of the model's
 * own distribution at temperature 1 (what a policy gradient needs), not of the truncated one.
 */
import type { Rng } from "../util/random.js";
export interface SamplingOptions {
    /** 0 = greedy. */
    readonly temperature: number;
    /** Keep the k most likely tokens (0 = all). */
    readonly topK: number;
    /** Keep the smallest set whose probability reaches p (1 = all). */
    readonly topP: number;
}
export declare function logSumExp(row: Float32Array): number;
export declare function argmax(row: Float32Array): number;
/** Returns the chosen token and its log-probability under softmax(row). */
export declare function sampleToken(row: Float32Array, opts: SamplingOptions, rng: Rng): {
    id: number;
    logprob: number;
};
