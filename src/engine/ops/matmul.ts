/**
 * Matrix products on top of one primitive, sgemm. Shapes: linear x (R, in) · W (out, in)ᵀ →
 * (R, out) (PyTorch / GGUF weight layout); matmul (M, K)·(K, N) with optional transposes;
 * bmm over a leading batch dimension.
 */
import { kernels } from "../backend.js";
import { Tensor, gradOf, result } from "../tensor.js";
import { floats, overwritten } from "../arena.js";

/** op(A) @ op(B) for 2-D A, B; transA / transB read the stored matrix transposed. */
export function matmul(a: Tensor, b: Tensor, transA = false, transB = false): Tensor {
  if (a.shape.length !== 2 || b.shape.length !== 2) throw new Error("matmul: both inputs must be 2-D (use bmm for batches)");
  return bmm3(a, b, transA, transB, 1, [a.shape[0], a.shape[1]], [b.shape[0], b.shape[1]], false);
}

/** Batched op(A[i]) @ op(B[i]) for A (Bt, ·, ·), B (Bt, ·, ·). */
export function bmm(a: Tensor, b: Tensor, transA = false, transB = false): Tensor {
  if (a.shape.length !== 3 || b.shape.length !== 3 || a.shape[0] !== b.shape[0]) {
    throw new Error(`bmm: need (B, ·, ·) inputs with equal B, got [${a.shape.join(", ")}] and [${b.shape.join(", ")}]`);
  }
  return bmm3(a, b, transA, transB, a.shape[0], [a.shape[1], a.shape[2]], [b.shape[1], b.shape[2]], true);
}

function bmm3(a: Tensor, b: Tensor, tA: boolean, tB: boolean, batch: number, as: number[], bs: number[], batched: boolean): Tensor {
  const [M, K] = tA ? [as[1], as[0]] : [as[0], as[1]];
  const [K2, N] = tB ? [bs[1], bs[0]] : [bs[0], bs[1]];
  if (K !== K2) throw new Error(`matmul: inner sizes differ (${K} vs ${K2})`);
  const sa = as[0] * as[1];
  const sb = bs[0] * bs[1];
  const k = kernels();
  const y = floats(batch * M * N);
  for (let i = 0; i < batch; i++) {
    k.sgemm(tA, tB, M, N, K, 1, a.data.subarray(i * sa), as[1], b.data.subarray(i * sb), bs[1], 0, y.subarray(i * M * N), N);
  }
  return result(y, batched ? [batch, M, N] : [M, N], [a, b], (out) => {
    const g = out.grad!;
    const da = gradOf(a);
    const db = gradOf(b);
    for (let i = 0; i < batch; i++) {
      const gi = g.subarray(i * M * N);
      const ai = a.data.subarray(i * sa);
      const bi = b.data.subarray(i * sb);
      // C = op(A) op(B):  d op(A) = G op(B)ᵀ,  d op(B) = op(A)ᵀ G
      if (da) {
        const dai = da.subarray(i * sa);
        if (!tA) k.sgemm(false, !tB, M, K, N, 1, gi, N, bi, bs[1], 1, dai, as[1]);
        else k.sgemm(tB, true, K, M, N, 1, bi, bs[1], gi, N, 1, dai, as[1]);
      }
      if (db) {
        const dbi = db.subarray(i * sb);
        if (!tB) k.sgemm(!tA, false, K, N, M, 1, ai, as[1], gi, N, 1, dbi, bs[1]);
        else k.sgemm(true, tA, N, K, M, 1, gi, N, ai, as[1], 1, dbi, bs[1]);
      }
    }
  });
}

/** y = x Wᵀ for x (..., in) and W (out, in): the dense layer of a transformer. */
export function linear(x: Tensor, w: Tensor): Tensor {
  const inDim = w.shape[1];
  const outDim = w.shape[0];
  if (x.shape[x.shape.length - 1] !== inDim) throw new Error(`linear: input size ${x.shape[x.shape.length - 1]} != weight in-size ${inDim}`);
  const R = x.size / inDim;
  const k = kernels();
  const y = overwritten(R * outDim); // beta = 0: every element written
  k.sgemm(false, true, R, outDim, inDim, 1, x.data, inDim, w.data, inDim, 0, y, outDim);
  return result(y, [...x.shape.slice(0, -1), outDim], [x, w], (out) => {
    const g = out.grad!;
    const dx = gradOf(x);
    const dw = gradOf(w);
    if (dx) k.sgemm(false, false, R, inDim, outDim, 1, g, outDim, w.data, inDim, 1, dx, inDim); // dx += G W
    if (dw) k.sgemm(true, false, outDim, inDim, R, 1, g, outDim, x.data, inDim, 1, dw, inDim); // dW += Gᵀ x
  });
}
