/** Reductions to a scalar. */
import { Tensor } from "../tensor.js";
export declare function sum(x: Tensor): Tensor;
export declare function mean(x: Tensor): Tensor;
