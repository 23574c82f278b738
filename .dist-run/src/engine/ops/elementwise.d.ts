import { Tensor } from "../tensor.js";
export declare function add(a: Tensor, b: Tensor): Tensor;
export declare function mul(a: Tensor, b: Tensor): Tensor;
export declare function scale(a: Tensor, s: number): Tensor;
export declare function silu(x: Tensor): Tensor;
export declare function gelu(x: Tensor): Tensor;
/** SwiGLU gate of the LLaMA MLP: silu(gate) * up. */
export declare function swiglu(gate: Tensor, up: Tensor): Tensor;
