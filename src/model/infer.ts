/**
 * The inference path: the same decoder as `model.ts`, without autograd, with a KV cache per
 * sequence. One call processes any mix of "chunks" (a sequence plus its next tokens): a prefill
 * is a chunk of many tokens, a decode step is a chunk of one, and a batch of ragged sequences is
 * many chunks at once. All rows share the dense layers (one GEMM per weight), attention runs per
 * chunk against that chunk's cache.
 *
 * Legend as in model.ts; R = total rows (tokens) in the call, N = cached + new positions.
 */
import { kernels } from "../engine/index.js";
import { headDim } from "./config.js";
import type { Model } from "./model.js";

/** Keys and values of one sequence, per layer: (capacity, Hkv·D). */
export class KVCache {
  readonly k: Float32Array[];
  readonly v: Float32Array[];
  /** Positions filled so far. */
  length = 0;

  /** capacity: the most positions this sequence will hold (default: the whole context). */
  constructor(model: Model, readonly capacity = model.config.contextLength) {
    const c = model.config;
    const size = capacity * c.kvHeads * headDim(c);
    this.k = model.blocks.map(() => new Float32Array(size));
    this.v = model.blocks.map(() => new Float32Array(size));
  }
}

export interface Chunk {
  readonly cache: KVCache;
  readonly ids: ArrayLike<number>;
}

/** y (R, out) = x (R, in) · Wᵀ. */
function dense(y: Float32Array, x: Float32Array, w: Float32Array, R: number, inDim: number, outDim: number): void {
  kernels().sgemm(false, true, R, outDim, inDim, 1, x, inDim, w, inDim, 0, y, outDim);
}

/**
 * Runs the chunks through the model, appending to their caches. Returns logits (rows × V) for
 * the last token of every chunk ("last"), or for every token ("all").
 */
export function forwardChunks(model: Model, chunks: readonly Chunk[], which: "last" | "all" = "last"): Float32Array {
  const c = model.config;
  const K = kernels();
  const D = headDim(c);
  const C = c.dim;
  const HD = c.heads * D;
  const KV = c.kvHeads * D;
  const R = chunks.reduce((n, ch) => n + ch.ids.length, 0);
  const pos = new Int32Array(R);
  const ids = new Int32Array(R);
  let r = 0;
  for (const ch of chunks) {
    if (ch.cache.length + ch.ids.length > c.contextLength) {
      throw new Error(`inference: sequence of ${ch.cache.length + ch.ids.length} tokens exceeds contextLength ${c.contextLength}`);
    }
    if (ch.cache.length + ch.ids.length > ch.cache.capacity) {
      throw new Error(`inference: sequence of ${ch.cache.length + ch.ids.length} tokens exceeds its KV cache (${ch.cache.capacity})`);
    }
    for (let i = 0; i < ch.ids.length; i++, r++) {
      ids[r] = ch.ids[i];
      pos[r] = ch.cache.length + i;
    }
  }
  const x = new Float32Array(R * C);
  for (let i = 0; i < R; i++) {
    if (ids[i] < 0 || ids[i] >= c.vocabSize) throw new Error(`inference: token id ${ids[i]} outside vocabulary`);
    x.set(model.tokEmbd.data.subarray(ids[i] * C, (ids[i] + 1) * C), i * C);
  }
  const h = new Float32Array(R * C);
  const rstd = new Float32Array(R);
  const q = new Float32Array(R * HD);
  const k = new Float32Array(R * KV);
  const v = new Float32Array(R * KV);
  const att = new Float32Array(R * HD);
  const proj = new Float32Array(R * C);
  const gate = new Float32Array(R * c.ffnDim);
  const up = new Float32Array(R * c.ffnDim);
  const scale = 1 / Math.sqrt(D);

  model.blocks.forEach((blk, l) => {
    K.rmsnormForward(h, rstd, x, blk.attnNorm.data, R, C, c.normEps);
    dense(q, h, blk.wq.data, R, C, HD);
    dense(k, h, blk.wk.data, R, C, KV);
    dense(v, h, blk.wv.data, R, C, KV);
    K.rope(q, q, model.rope.cos, model.rope.sin, pos, R, c.heads, D, false);
    K.rope(k, k, model.rope.cos, model.rope.sin, pos, R, c.kvHeads, D, false);
    let row = 0;
    for (const ch of chunks) {
      K.attendCached(att, q, k, v, ch.cache.k[l], ch.cache.v[l], row, ch.cache.length, ch.ids.length, c.heads, c.kvHeads, D, scale);
      row += ch.ids.length;
    }
    dense(proj, att, blk.wo.data, R, HD, C);
    for (let i = 0; i < R * C; i++) x[i] += proj[i];
    K.rmsnormForward(h, rstd, x, blk.ffnNorm.data, R, C, c.normEps);
    dense(gate, h, blk.wGate.data, R, C, c.ffnDim);
    dense(up, h, blk.wUp.data, R, C, c.ffnDim);
    K.swigluForward(gate, gate, up, R * c.ffnDim);
    dense(proj, gate, blk.wDown.data, R, c.ffnDim, C);
    for (let i = 0; i < R * C; i++) x[i] += proj[i];
  });
  for (const ch of chunks) ch.cache.length += ch.ids.length;

  // final norm and head, only on the rows asked for
  let rows: Float32Array;
  let nOut: number;
  if (which === "all") {
    rows = x;
    nOut = R;
  } else {
    nOut = chunks.length;
    rows = new Float32Array(nOut * C);
    let end = 0;
    chunks.forEach((ch, i) => {
      end += ch.ids.length;
      rows.set(x.subarray((end - 1) * C, end * C), i * C);
    });
  }
  const normed = new Float32Array(nOut * C);
  K.rmsnormForward(normed, new Float32Array(nOut), rows, model.outNorm.data, nOut, C, c.normEps);
  const logits = new Float32Array(nOut * c.vocabSize);
  dense(logits, normed, model.output.data, nOut, C, c.vocabSize);
  return logits;
}
