import { Tensor } from "../tensor.js";
/** Σ_r w_r · (−log softmax(logits_r)[target_r]); rows with target < 0 contribute nothing. */
export declare function crossEntropy(logits: Tensor, targets: Int32Array, weights?: Float32Array): Tensor;
/** Per-row log-probability of each target (no gradient): what a sampler reports. */
export declare function targetLogprobs(logits: Float32Array, targets: Int32Array, R: number, V: number): Float32Array;
export declare function logSoftmax(x: Tensor): Tensor;
/**
 * Σ_r w_r · KL(p_r ‖ q_r) with p = softmax(logits) (the policy, trained) and q = softmax(refLogits)
 * (a frozen reference, no gradient): the exact per-token KL over the whole vocabulary.
 * d/dz_j = p_j · ((log p_j − log q_j) − KL_r).
 */
export declare function klDivergence(logits: Tensor, refLogits: Float32Array, weights: Float32Array): Tensor;
