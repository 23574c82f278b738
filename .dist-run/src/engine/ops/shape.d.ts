/** Movement ops: reshape, transpose, slice, concat, and the embedding lookup (a row gather). */
import { Tensor } from "../tensor.js";
/** Same data, new shape (tensors are contiguous, so this is free; the gradient is copied back). */
export declare function reshape(x: Tensor, shape: readonly number[]): Tensor;
/** Swaps the last two dimensions (materialised, so the result stays contiguous). */
export declare function transpose(x: Tensor): Tensor;
/** Elements [start, end) along dimension `dim`. */
export declare function slice(x: Tensor, dim: number, start: number, end: number): Tensor;
/** Joins tensors along dimension `dim` (all other dimensions equal). */
export declare function concat(xs: readonly Tensor[], dim: number): Tensor;
/** Rows of the table `weight` (V, C) picked by ids → (n, C); the backward pass scatter-adds. */
export declare function embedding(weight: Tensor, ids: Int32Array): Tensor;
