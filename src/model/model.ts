/**
 * The LLaMA-style decoder: token embedding → N × [RMSNorm → attention (rotary, optional grouped
 * KV heads) → residual; RMSNorm → SwiGLU MLP → residual] → RMSNorm → output head.
 * Parameters carry llama.cpp names so GGUF export is a straight copy. This file is the training
 * forward (with autograd); `infer.ts` is the KV-cached inference path over the same weights.
 *
 * Legend: B sequences, T tokens each, C = dim, H heads, Hkv KV heads, D = C / H, F = ffnDim, V vocab.
 */
import { Tensor, add, causalAttention, embedding, linear, rmsnorm, rope, ropeTables, swiglu, gatherRows, type KeyMask, type RopeTables } from "../engine/index.js";
import { Rng } from "../util/random.js";
import { headDim, type ModelConfig } from "./config.js";

/**
 * A row that is not one sequence from position 0: each token's rotary position and the keys of
 * its row it must not see (several continuations packed after one shared prompt).
 */
export interface RowLayout {
  readonly positions: Int32Array;
  readonly mask: KeyMask;
}

export interface ForwardOptions {
  readonly layout?: RowLayout;
  /**
   * The positions (of B·T) whose logits are wanted, in this order; default all. The output head
   * is a large share of a small model's work, and training needs it only where a token is predicted.
   */
  readonly outputs?: Int32Array;
}

export interface Block {
  readonly attnNorm: Tensor; // (C)
  readonly wq: Tensor; // (H·D, C)
  readonly wk: Tensor; // (Hkv·D, C)
  readonly wv: Tensor; // (Hkv·D, C)
  readonly wo: Tensor; // (C, H·D)
  readonly ffnNorm: Tensor; // (C)
  readonly wGate: Tensor; // (F, C)
  readonly wUp: Tensor; // (F, C)
  readonly wDown: Tensor; // (C, F)
}

function gaussian(rng: Rng): number {
  // Box–Muller; 1 - u keeps log away from 0
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function param(shape: number[], std: number, rng: Rng | null, name: string): Tensor {
  const t = Tensor.zeros(shape, true);
  if (rng === null) t.data.fill(1);
  else for (let i = 0; i < t.size; i++) t.data[i] = std * gaussian(rng);
  t.name = name;
  return t;
}

export class Model {
  readonly tokEmbd: Tensor; // (V, C)
  readonly blocks: Block[] = [];
  readonly outNorm: Tensor; // (C)
  readonly output: Tensor; // (V, C), the embedding itself when tied
  readonly rope: RopeTables;

  constructor(readonly config: ModelConfig, seed = 0) {
    const c = config;
    const rng = new Rng(`model-init:${seed}`);
    const D = headDim(c);
    const std = 0.02;
    const residStd = 0.02 / Math.sqrt(2 * c.layers); // GPT-2: scale the projections that add into the residual
    this.tokEmbd = param([c.vocabSize, c.dim], std, rng, "token_embd.weight");
    for (let l = 0; l < c.layers; l++) {
      const n = (s: string): string => `blk.${l}.${s}.weight`;
      this.blocks.push({
        attnNorm: param([c.dim], 0, null, n("attn_norm")),
        wq: param([c.heads * D, c.dim], std, rng, n("attn_q")),
        wk: param([c.kvHeads * D, c.dim], std, rng, n("attn_k")),
        wv: param([c.kvHeads * D, c.dim], std, rng, n("attn_v")),
        wo: param([c.dim, c.heads * D], residStd, rng, n("attn_output")),
        ffnNorm: param([c.dim], 0, null, n("ffn_norm")),
        wGate: param([c.ffnDim, c.dim], std, rng, n("ffn_gate")),
        wUp: param([c.ffnDim, c.dim], std, rng, n("ffn_up")),
        wDown: param([c.dim, c.ffnDim], residStd, rng, n("ffn_down")),
      });
    }
    this.outNorm = param([c.dim], 0, null, "output_norm.weight");
    this.output = c.tiedEmbeddings ? this.tokEmbd : param([c.vocabSize, c.dim], std, rng, "output.weight");
    this.rope = ropeTables(c.contextLength, D, c.ropeBase);
  }

  /** Every trainable tensor once, in a fixed order (llama.cpp names in `.name`). */
  parameters(): Tensor[] {
    const ps = [this.tokEmbd];
    for (const b of this.blocks) ps.push(b.attnNorm, b.wq, b.wk, b.wv, b.wo, b.ffnNorm, b.wGate, b.wUp, b.wDown);
    ps.push(this.outNorm);
    if (!this.config.tiedEmbeddings) ps.push(this.output);
    return ps;
  }

  /** Parameters by name, sharing memory with the model (for checkpoints and export). */
  namedParameters(): Map<string, Tensor> {
    return new Map(this.parameters().map((p) => [p.name, p]));
  }

  /** Weight decay applies to matrices, not to norms or the embedding (nanoGPT's grouping). */
  parameterGroups(weightDecay: number): { params: Tensor[]; weightDecay: number }[] {
    const decay = this.parameters().filter((p) => p.shape.length === 2 && p !== this.tokEmbd);
    const rest = this.parameters().filter((p) => !decay.includes(p));
    return [{ params: decay, weightDecay }, { params: rest, weightDecay: 0 }];
  }

  /**
   * Training forward: ids (B·T) → logits (B·T, V), or (outputs, V). Every sequence starts at
   * position 0, unless a layout gives each token's position and hidden keys (then a row may be
   * longer than the context).
   */
  forward(ids: Int32Array, B: number, T: number, o: ForwardOptions = {}): Tensor {
    const c = this.config;
    const layout = o.layout;
    if (ids.length !== B * T) throw new Error(`forward: ${ids.length} ids for B=${B}, T=${T}`);
    const D = headDim(c);
    let pos: Int32Array;
    if (layout) {
      if (layout.positions.length !== B * T) throw new Error(`forward: ${layout.positions.length} positions for B=${B}, T=${T}`);
      pos = layout.positions;
      for (const p of pos) if (p < 0 || p >= c.contextLength) throw new Error(`forward: position ${p} outside the context of ${c.contextLength}`);
    } else {
      if (T > c.contextLength) throw new Error(`forward: T=${T} exceeds contextLength ${c.contextLength}`);
      pos = new Int32Array(B * T);
      for (let i = 0; i < B * T; i++) pos[i] = i % T;
    }
    let x = embedding(this.tokEmbd, ids); // (B·T, C)
    for (const blk of this.blocks) {
      const h = rmsnorm(x, blk.attnNorm, c.normEps);
      const q = rope(linear(h, blk.wq), this.rope, pos, c.heads); // (B·T, H·D)
      const k = rope(linear(h, blk.wk), this.rope, pos, c.kvHeads); // (B·T, Hkv·D)
      const v = linear(h, blk.wv);
      const att = causalAttention(q, k, v, { B, T, H: c.heads, Hkv: c.kvHeads, D }, layout?.mask);
      x = add(x, linear(att, blk.wo));
      const h2 = rmsnorm(x, blk.ffnNorm, c.normEps);
      x = add(x, linear(swiglu(linear(h2, blk.wGate), linear(h2, blk.wUp)), blk.wDown));
    }
    if (o.outputs) x = gatherRows(x, o.outputs);
    return linear(rmsnorm(x, this.outNorm, c.normEps), this.output); // (B·T or outputs, V)
  }
}
