import { Tensor } from "../tensor.js";
/** op(A) @ op(B) for 2-D A, B; transA / transB read the stored matrix transposed. */
export declare function matmul(a: Tensor, b: Tensor, transA?: boolean, transB?: boolean): Tensor;
/** Batched op(A[i]) @ op(B[i]) for A (Bt, ·, ·), B (Bt, ·, ·). */
export declare function bmm(a: Tensor, b: Tensor, transA?: boolean, transB?: boolean): Tensor;
/** y = x Wᵀ for x (..., in) and W (out, in): the dense layer of a transformer. */
export declare function linear(x: Tensor, w: Tensor): Tensor;
