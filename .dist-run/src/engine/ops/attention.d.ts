import { Tensor } from "../tensor.js";
export interface AttentionShape {
    readonly B: number;
    readonly T: number;
    readonly H: number;
    readonly Hkv: number;
    readonly D: number;
}
export declare function causalAttention(q: Tensor, k: Tensor, v: Tensor, s: AttentionShape): Tensor;
