/**
 * Causal multi-head self-attention, fused: for each (sequence b, head h) two sgemm calls read
 * Q, K, V in place through leading-dimension strides (no head transposes), with a causal
 * softmax between them. Grouped KV heads: head h reads KV head floor(h / (H / Hkv)).
 *
 * Shapes: q (B·T, H·D), k and v (B·T, Hkv·D) → out (B·T, H·D).  att (B, H, T, T) saved.
 *
 * An optional key mask hides more than the future: query position i (of B·T) does not see the
 * keys [from[i], to[i]) of its row. Their scores become −∞ before the softmax, so their weights
 * are exactly 0 forward and their gradients 0 backward (several sampled actions packed after one
 * shared prompt, each seeing the prompt and itself: train/prefix-batch.ts).
 */
import { kernels } from "../backend.js";
import { Tensor, gradOf, result } from "../tensor.js";
import { overwritten } from "../arena.js";

export interface AttentionShape {
  readonly B: number;
  readonly T: number;
  readonly H: number;
  readonly Hkv: number;
  readonly D: number;
}

/** Per query position (B·T): the keys [from, to) of its own row it must not attend to. */
export interface KeyMask {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

export function causalAttention(q: Tensor, k: Tensor, v: Tensor, s: AttentionShape, mask?: KeyMask): Tensor {
  const { B, T, H, Hkv, D } = s;
  if (H % Hkv !== 0) throw new Error(`attention: ${H} heads not divisible by ${Hkv} KV heads`);
  if (q.size !== B * T * H * D || k.size !== B * T * Hkv * D || v.size !== k.size) {
    throw new Error("attention: q/k/v sizes do not match B·T·H·D");
  }
  if (mask && (mask.from.length !== B * T || mask.to.length !== B * T)) throw new Error("attention: the key mask needs one range per position");
  const K = kernels();
  const ldq = H * D;
  const ldk = Hkv * D;
  const group = H / Hkv;
  const scale = 1 / Math.sqrt(D);
  // every element of these is written below (products with beta = 0, softmax rows in full)
  const out = overwritten(q.size);
  const att = overwritten(B * H * T * T);
  const scores = overwritten(T * T);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const qo = b * T * ldq + h * D;
      const ko = b * T * ldk + Math.floor(h / group) * D;
      const a = att.subarray((b * H + h) * T * T, (b * H + h + 1) * T * T);
      // scores (T, T) = scale · Q_bh K_bhᵀ
      K.sgemm(false, true, T, T, D, scale, q.data.subarray(qo), ldq, k.data.subarray(ko), ldk, 0, scores, T);
      if (mask) hideKeys(scores, mask, b, T);
      K.softmaxForward(a, scores, T, T, T);
      // out_bh (T, D) = att V_bh
      K.sgemm(false, false, T, D, T, 1, a, T, v.data.subarray(ko), ldk, 0, out.subarray(qo), ldq);
    }
  }
  return result(out, q.shape, [q, k, v], (o) => {
    const g = o.grad!;
    const dq = gradOf(q);
    const dk = gradOf(k);
    const dv = gradOf(v);
    const datt = overwritten(T * T);
    const dscores = overwritten(T * T); // zeroed per head below
    for (let b = 0; b < B; b++) {
      for (let h = 0; h < H; h++) {
        const qo = b * T * ldq + h * D;
        const ko = b * T * ldk + Math.floor(h / group) * D;
        const a = att.subarray((b * H + h) * T * T, (b * H + h + 1) * T * T);
        const go = g.subarray(qo);
        if (dv) K.sgemm(true, false, T, D, T, 1, a, T, go, ldq, 1, dv.subarray(ko), ldk); // dV += attᵀ G
        if (!dq && !dk) continue;
        K.sgemm(false, true, T, T, D, 1, go, ldq, v.data.subarray(ko), ldk, 0, datt, T); // datt = G Vᵀ
        dscores.fill(0);
        K.softmaxBackward(dscores, a, datt, T, T);
        if (dq) K.sgemm(false, false, T, D, T, scale, dscores, T, k.data.subarray(ko), ldk, 1, dq.subarray(qo), ldq); // dQ += s·dS K
        if (dk) K.sgemm(true, false, T, D, T, scale, dscores, T, q.data.subarray(qo), ldq, 1, dk.subarray(ko), ldk); // dK += s·dSᵀ Q
      }
    }
  });
}

function hideKeys(scores: Float32Array, mask: KeyMask, b: number, T: number): void {
  for (let i = 0; i < T; i++) {
    const from = mask.from[b * T + i];
    const to = mask.to[b * T + i];
    if (to > from) scores.fill(-Infinity, i * T + from, i * T + to);
  }
}
