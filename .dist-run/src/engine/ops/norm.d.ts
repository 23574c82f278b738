import { Tensor } from "../tensor.js";
export declare function rmsnorm(x: Tensor, w: Tensor, eps?: number): Tensor;
export declare function layernorm(x: Tensor, w: Tensor, b: Tensor, eps?: number): Tensor;
