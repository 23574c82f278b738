/**
 * Causal multi-head self-attention, fused: for each (sequence b, head h) two sgemm calls read
 * Q, K, V in place through leading-dimension strides (no head transposes), with a causal
 * softmax between them. Grouped KV heads: head h reads KV head floor(h / (H / Hkv)).
 *
 * Row blocks of BLOCK queries score only the keys they can see, so about half of a T×T product's
 * work is skipped at the lengths we train on.
 *
 * Shapes: q (B·T, H·D), k and v (B·T, Hkv·D) → out (B·T, H·D).  The causal blocks of att (B, H, T, T) are saved.
 */
import { kernels } from "../backend.js";
import { gradOf, result } from "../tensor.js";
import { floats } from "../arena.js";
/**
 * Rows per block: row block [r0, r1) only scores keys [0, r1), so the work above the causal
 * diagonal that a whole T×T product would do (and the softmax would then zero) is mostly skipped.
 */
const BLOCK = 256;
/** The causal row blocks of a sequence of T tokens, and where each block's probabilities sit in att. */
function blocks(T) {
    const out = [];
    let offset = 0;
    for (let r0 = 0; r0 < T; r0 += BLOCK) {
        const rows = Math.min(BLOCK, T - r0);
        const keys = r0 + rows;
        out.push({ r0, rows, keys, offset });
        offset += rows * keys;
    }
    return out;
}
export function causalAttention(q, k, v, s) {
    const { B, T, H, Hkv, D } = s;
    if (H % Hkv !== 0)
        throw new Error(`attention: ${H} heads not divisible by ${Hkv} KV heads`);
    if (q.size !== B * T * H * D || k.size !== B * T * Hkv * D || v.size !== k.size) {
        throw new Error("attention: q/k/v sizes do not match B·T·H·D");
    }
    const K = kernels();
    const ldq = H * D;
    const ldk = Hkv * D;
    const group = H / Hkv;
    const scale = 1 / Math.sqrt(D);
    const bs = blocks(T);
    const last = bs[bs.length - 1];
    const perHead = last.offset + last.rows * last.keys; // probabilities kept per (b, h): the causal blocks only
    const out = floats(q.size);
    const att = floats(B * H * perHead);
    const scores = floats(BLOCK * T);
    for (let b = 0; b < B; b++) {
        for (let h = 0; h < H; h++) {
            const qo = b * T * ldq + h * D;
            const ko = b * T * ldk + Math.floor(h / group) * D;
            for (const { r0, rows, keys, offset } of bs) {
                const a = att.subarray((b * H + h) * perHead + offset, (b * H + h) * perHead + offset + rows * keys);
                // scores (rows, keys) = scale · Q[r0:r1] K[0:r1]ᵀ; row i sees keys 0..r0+i
                K.sgemm(false, true, rows, keys, D, scale, q.data.subarray(qo + r0 * ldq), ldq, k.data.subarray(ko), ldk, 0, scores, keys);
                K.softmaxForward(a, scores, rows, keys, rows);
                // out[r0:r1] (rows, D) = att V[0:r1]
                K.sgemm(false, false, rows, D, keys, 1, a, keys, v.data.subarray(ko), ldk, 0, out.subarray(qo + r0 * ldq), ldq);
            }
        }
    }
    return result(out, q.shape, [q, k, v], (o) => {
        const g = o.grad;
        const dq = gradOf(q);
        const dk = gradOf(k);
        const dv = gradOf(v);
        const datt = floats(BLOCK * T);
        const dscores = floats(BLOCK * T);
        for (let b = 0; b < B; b++) {
            for (let h = 0; h < H; h++) {
                const qo = b * T * ldq + h * D;
                const ko = b * T * ldk + Math.floor(h / group) * D;
                for (const { r0, rows, keys, offset } of bs) {
                    const a = att.subarray((b * H + h) * perHead + offset, (b * H + h) * perHead + offset + rows * keys);
                    const go = g.subarray(qo + r0 * ldq);
                    if (dv)
                        K.sgemm(true, false, keys, D, rows, 1, a, keys, go, ldq, 1, dv.subarray(ko), ldk); // dV[0:r1] += attᵀ G[r0:r1]
                    if (!dq && !dk)
                        continue;
                    K.sgemm(false, true, rows, keys, D, 1, go, ldq, v.data.subarray(ko), ldk, 0, datt, keys); // datt = G[r0:r1] V[0:r1]ᵀ
                    const ds = dscores.subarray(0, rows * keys);
                    ds.fill(0);
                    K.softmaxBackward(ds, a, datt, rows, keys);
                    if (dq)
                        K.sgemm(false, false, rows, D, keys, scale, ds, keys, k.data.subarray(ko), ldk, 1, dq.subarray(qo + r0 * ldq), ldq); // dQ[r0:r1] += s·dS K[0:r1]
                    if (dk)
                        K.sgemm(true, false, keys, D, rows, scale, ds, keys, q.data.subarray(qo + r0 * ldq), ldq, 1, dk.subarray(ko), ldk); // dK[0:r1] += s·dSᵀ Q[r0:r1]
                }
            }
        }
    });
}
//# sourceMappingURL=attention.js.map