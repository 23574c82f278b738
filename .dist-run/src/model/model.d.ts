/**
 * The LLaMA-style decoder: token embedding → N × [RMSNorm → attention (rotary, optional grouped
 * KV heads) → residual; RMSNorm → SwiGLU MLP → residual] → RMSNorm → output head.
 * Parameters carry llama.cpp names so GGUF export is a straight copy. This file is the training
 * forward (with autograd); `infer.ts` is the KV-cached inference path over the same weights.
 *
 * Legend: B sequences, T tokens each, C = dim, H heads, Hkv KV heads, D = C / H, F = ffnDim, V vocab.
 */
import { Tensor, type RopeTables } from "../engine/index.js";
import { type ModelConfig } from "./config.js";
export interface Block {
    readonly attnNorm: Tensor;
    readonly wq: Tensor;
    readonly wk: Tensor;
    readonly wv: Tensor;
    readonly wo: Tensor;
    readonly ffnNorm: Tensor;
    readonly wGate: Tensor;
    readonly wUp: Tensor;
    readonly wDown: Tensor;
}
export declare class Model {
    readonly config: ModelConfig;
    readonly tokEmbd: Tensor;
    readonly blocks: Block[];
    readonly outNorm: Tensor;
    readonly output: Tensor;
    readonly rope: RopeTables;
    constructor(config: ModelConfig, seed?: number);
    /** Every trainable tensor once, in a fixed order (llama.cpp names in `.name`). */
    parameters(): Tensor[];
    /** Parameters by name, sharing memory with the model (for checkpoints and export). */
    namedParameters(): Map<string, Tensor>;
    /** Weight decay applies to matrices, not to norms or the embedding (nanoGPT's grouping). */
    parameterGroups(weightDecay: number): {
        params: Tensor[];
        weightDecay: number;
    }[];
    /** Training forward: ids (B·T) → logits (B·T, V). Every sequence starts at position 0. */
    forward(ids: Int32Array, B: number, T: number): Tensor;
}
