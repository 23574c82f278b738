/** Global-norm gradient clipping: scales all gradients so their joint L2 norm is at most maxNorm. */
import type { Tensor } from "../tensor.js";
/** Returns the norm before clipping (a training diagnostic). */
export declare function clipGradNorm(params: readonly Tensor[], maxNorm: number): number;
