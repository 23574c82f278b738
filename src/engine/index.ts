/** @module swirl/engine — float32 tensors, autograd, transformer ops and AdamW on CPU. */
export { Tensor, noGrad, isGradEnabled, sizeOf } from "./tensor.js";
export { Arena, floats } from "./arena.js";
export type { Kernels } from "./kernels.js";
export { kernels, useBackend, nativeKernelsOrNull, nativeFallbackReason } from "./backend.js";
export { jsKernels } from "./backends/js.js";
export { add, mul, scale, silu, gelu, swiglu } from "./ops/elementwise.js";
export { matmul, bmm, linear } from "./ops/matmul.js";
export { rmsnorm, layernorm } from "./ops/norm.js";
export { rope, ropeTables, type RopeTables } from "./ops/rope.js";
export { causalAttention, type AttentionShape, type KeyMask } from "./ops/attention.js";
export { crossEntropy, targetLogprobs, logSoftmax, klDivergence } from "./ops/loss.js";
export { sum, mean } from "./ops/reduce.js";
export { reshape, transpose, slice, concat, embedding, gatherRows } from "./ops/shape.js";
export { AdamW, type ParamGroup, type AdamWOptions } from "./optim/adamw.js";
export { learningRate, type CosineSchedule } from "./optim/schedule.js";
export { clipGradNorm } from "./optim/clip.js";
