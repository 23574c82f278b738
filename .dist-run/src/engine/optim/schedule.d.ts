/** Learning-rate schedule: linear warmup, then cosine decay to minLr (nanoGPT's). */
export interface CosineSchedule {
    readonly maxLr: number;
    readonly minLr: number;
    readonly warmupSteps: number;
    readonly totalSteps: number;
}
/** Learning rate for update number `step` (0-based). */
export declare function learningRate(s: CosineSchedule, step: number): number;
