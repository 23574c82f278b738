/**
 * Supervised next-token training on action tokens only (the loss mask of the chat format):
 * used to pretrain the embedded base policy on teacher demonstrations, and as the paper's SFT
 * baseline on filtered trajectories (§4, Fig. 5). Loss = mean cross-entropy over trained tokens.
 * Data order is a seeded permutation per epoch, so a run is reproducible and resumable by step.
 */
import { AdamW } from "../engine/index.js";
import type { Model } from "../model/model.js";
import { type Sequence } from "./batch.js";
export interface SftOptions {
    readonly steps: number;
    readonly batchSize: number;
    readonly lr: number;
    readonly minLr?: number;
    readonly warmupSteps?: number;
    readonly weightDecay?: number;
    readonly clip?: number;
    readonly seed?: number | string;
    readonly padId: number;
    /** Start at this step (resume); the optimizer must then be restored by the caller. */
    readonly startStep?: number;
    readonly optimizer?: AdamW;
    readonly onStep?: (m: SftStepMetrics) => void;
}
export interface SftStepMetrics {
    readonly step: number;
    readonly loss: number;
    readonly lr: number;
    readonly tokens: number;
    readonly gradNorm: number;
    readonly ms: number;
}
/**
 * The sequences of update `step`: a seeded shuffle per epoch, so any step can be recomputed
 * (resume). With `lengths`, each window of 8 batches is sorted by length before it is cut, so a
 * batch holds similar lengths and little compute goes to padding; batch order is shuffled again.
 */
export declare function batchAt(n: number, batchSize: number, step: number, seed: number | string, lengths?: readonly number[]): number[];
/**
 * The training data: one set of sequences, or stages of a curriculum, each used from its
 * `from` step on (stages sorted by `from`, the first from 0).
 */
export type SftData = readonly Sequence[] | readonly {
    readonly from: number;
    readonly data: readonly Sequence[];
}[];
export declare function sftTrain(model: Model, data: SftData, o: SftOptions): AdamW;
