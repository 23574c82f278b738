import type { Tensor } from "../tensor.js";
export interface ParamGroup {
    readonly params: readonly Tensor[];
    readonly weightDecay: number;
    /** Multiplies the scheduled learning rate for this group (default 1). */
    readonly lrScale?: number;
}
export interface AdamWOptions {
    readonly beta1?: number;
    readonly beta2?: number;
    readonly eps?: number;
}
export declare class AdamW {
    readonly groups: readonly ParamGroup[];
    readonly beta1: number;
    readonly beta2: number;
    readonly eps: number;
    /** Number of updates taken so far (t in the bias corrections). */
    step: number;
    readonly m: Float32Array[];
    readonly v: Float32Array[];
    private readonly flat;
    constructor(groups: readonly ParamGroup[], opts?: AdamWOptions);
    /** One update with learning rate lr; parameters without a gradient are left alone. */
    update(lr: number): void;
    /** The parameters in the order of the moment arrays. */
    params(): Tensor[];
    zeroGrad(): void;
    /** Moments as named arrays (for checkpoints), in parameter order. */
    exportState(): {
        step: number;
        m: Float32Array[];
        v: Float32Array[];
    };
    importState(s: {
        step: number;
        m: readonly Float32Array[];
        v: readonly Float32Array[];
    }): void;
}
