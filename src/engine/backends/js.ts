/**
 * The pure-TypeScript backend: the living definition of every kernel in `Kernels`. The native
 * addon must match it within float tolerance (see kernels.case.test.ts). Accumulations run in
 * float64 (JS numbers), stores round to float32.
 */
import type { Kernels } from "../kernels.js";
import { cpus } from "node:os";

// ----------------------------------------------------------------------------
// matmul

function sgemm(
  transA: boolean, transB: boolean, M: number, N: number, K: number,
  alpha: number, A: Float32Array, lda: number, B: Float32Array, ldb: number,
  beta: number, C: Float32Array, ldc: number,
): void {
  // scale C by beta first (beta = 0 must clear NaNs, as BLAS does)
  for (let i = 0; i < M; i++) {
    const c = i * ldc;
    if (beta === 0) C.fill(0, c, c + N);
    else if (beta !== 1) for (let j = 0; j < N; j++) C[c + j] *= beta;
  }
  const row = new Float64Array(N);
  for (let i = 0; i < M; i++) {
    row.fill(0);
    for (let k = 0; k < K; k++) {
      const a = transA ? A[k * lda + i] : A[i * lda + k];
      if (a === 0) continue;
      if (!transB) {
        const b = k * ldb;
        for (let j = 0; j < N; j++) row[j] += a * B[b + j];
      } else {
        for (let j = 0; j < N; j++) row[j] += a * B[j * ldb + k];
      }
    }
    const c = i * ldc;
    for (let j = 0; j < N; j++) C[c + j] += alpha * row[j];
  }
}

// ----------------------------------------------------------------------------
// softmax family

function softmaxForward(y: Float32Array, x: Float32Array, R: number, N: number, causalT: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    const last = causalT > 0 ? (r % causalT) + N - causalT : N - 1; // last visible column
    let max = -Infinity;
    for (let j = 0; j <= last; j++) if (x[o + j] > max) max = x[o + j];
    let sum = 0;
    for (let j = 0; j <= last; j++) {
      const e = Math.exp(x[o + j] - max);
      y[o + j] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let j = 0; j <= last; j++) y[o + j] *= inv;
    for (let j = last + 1; j < N; j++) y[o + j] = 0;
  }
}

function softmaxBackward(dx: Float32Array, y: Float32Array, dy: Float32Array, R: number, N: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    let dot = 0;
    for (let j = 0; j < N; j++) dot += dy[o + j] * y[o + j];
    for (let j = 0; j < N; j++) dx[o + j] += y[o + j] * (dy[o + j] - dot);
  }
}

function logSoftmaxForward(y: Float32Array, x: Float32Array, R: number, N: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    let max = -Infinity;
    for (let j = 0; j < N; j++) if (x[o + j] > max) max = x[o + j];
    let sum = 0;
    for (let j = 0; j < N; j++) sum += Math.exp(x[o + j] - max);
    const lse = max + Math.log(sum);
    for (let j = 0; j < N; j++) y[o + j] = x[o + j] - lse;
  }
}

function logSoftmaxBackward(dx: Float32Array, y: Float32Array, dy: Float32Array, R: number, N: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    let sum = 0;
    for (let j = 0; j < N; j++) sum += dy[o + j];
    for (let j = 0; j < N; j++) dx[o + j] += dy[o + j] - Math.exp(y[o + j]) * sum;
  }
}

// ----------------------------------------------------------------------------
// norms

function rmsnormForward(y: Float32Array, rstd: Float32Array, x: Float32Array, w: Float32Array, R: number, N: number, eps: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    let ss = 0;
    for (let j = 0; j < N; j++) ss += x[o + j] * x[o + j];
    const s = 1 / Math.sqrt(ss / N + eps);
    rstd[r] = s;
    for (let j = 0; j < N; j++) y[o + j] = x[o + j] * s * w[j];
  }
}

function rmsnormBackward(dx: Float32Array, dw: Float32Array, dy: Float32Array, x: Float32Array, w: Float32Array, rstd: Float32Array, R: number, N: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    const s = rstd[r];
    // y_j = x_j s w_j;  dx_i = s (w_i dy_i) - s^3 x_i / N * sum_j(w_j dy_j x_j)
    let dot = 0;
    for (let j = 0; j < N; j++) {
      dot += w[j] * dy[o + j] * x[o + j];
      dw[j] += dy[o + j] * x[o + j] * s;
    }
    const c = (s * s * s * dot) / N;
    for (let j = 0; j < N; j++) dx[o + j] += s * w[j] * dy[o + j] - c * x[o + j];
  }
}

function layernormForward(y: Float32Array, mean: Float32Array, rstd: Float32Array, x: Float32Array, w: Float32Array, b: Float32Array, R: number, N: number, eps: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    let m = 0;
    for (let j = 0; j < N; j++) m += x[o + j];
    m /= N;
    let v = 0;
    for (let j = 0; j < N; j++) v += (x[o + j] - m) * (x[o + j] - m);
    const s = 1 / Math.sqrt(v / N + eps);
    mean[r] = m;
    rstd[r] = s;
    for (let j = 0; j < N; j++) y[o + j] = (x[o + j] - m) * s * w[j] + b[j];
  }
}

function layernormBackward(dx: Float32Array, dw: Float32Array, db: Float32Array, dy: Float32Array, x: Float32Array, w: Float32Array, mean: Float32Array, rstd: Float32Array, R: number, N: number): void {
  for (let r = 0; r < R; r++) {
    const o = r * N;
    const m = mean[r];
    const s = rstd[r];
    let dnormMean = 0;
    let dnormDotNorm = 0;
    for (let j = 0; j < N; j++) {
      const norm = (x[o + j] - m) * s;
      const dnorm = w[j] * dy[o + j];
      dnormMean += dnorm;
      dnormDotNorm += dnorm * norm;
      dw[j] += norm * dy[o + j];
      db[j] += dy[o + j];
    }
    dnormMean /= N;
    dnormDotNorm /= N;
    for (let j = 0; j < N; j++) {
      const norm = (x[o + j] - m) * s;
      dx[o + j] += s * (w[j] * dy[o + j] - dnormMean - norm * dnormDotNorm);
    }
  }
}

// ----------------------------------------------------------------------------
// activations

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

function siluForward(y: Float32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) y[i] = x[i] * sigmoid(x[i]);
}

function siluBackward(dx: Float32Array, dy: Float32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const s = sigmoid(x[i]);
    dx[i] += dy[i] * s * (1 + x[i] * (1 - s));
  }
}

const GELU_C = Math.sqrt(2 / Math.PI);

function geluForward(y: Float32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    y[i] = 0.5 * v * (1 + Math.tanh(GELU_C * (v + 0.044715 * v * v * v)));
  }
}

function geluBackward(dx: Float32Array, dy: Float32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    const u = GELU_C * (v + 0.044715 * v * v * v);
    const t = Math.tanh(u);
    const du = GELU_C * (1 + 3 * 0.044715 * v * v);
    dx[i] += dy[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * du);
  }
}

function swigluForward(y: Float32Array, a: Float32Array, b: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) y[i] = a[i] * sigmoid(a[i]) * b[i];
}

function swigluBackward(da: Float32Array, db: Float32Array, dy: Float32Array, a: Float32Array, b: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const s = sigmoid(a[i]);
    const silu = a[i] * s;
    db[i] += dy[i] * silu;
    da[i] += dy[i] * b[i] * s * (1 + a[i] * (1 - s));
  }
}

// ----------------------------------------------------------------------------
// rotary embedding

function rope(y: Float32Array, x: Float32Array, cos: Float32Array, sin: Float32Array, pos: Int32Array, R: number, H: number, D: number, inverse: boolean): void {
  const half = D / 2;
  const sign = inverse ? -1 : 1;
  for (let r = 0; r < R; r++) {
    const t = pos[r] * half;
    for (let h = 0; h < H; h++) {
      const o = (r * H + h) * D;
      for (let i = 0; i < half; i++) {
        const c = cos[t + i];
        const s = sign * sin[t + i];
        const x0 = x[o + 2 * i];
        const x1 = x[o + 2 * i + 1];
        y[o + 2 * i] = x0 * c - x1 * s;
        y[o + 2 * i + 1] = x0 * s + x1 * c;
      }
    }
  }
}

// ----------------------------------------------------------------------------
// cross-entropy

function crossEntropyForward(losses: Float32Array, logits: Float32Array, targets: Int32Array, R: number, V: number): void {
  for (let r = 0; r < R; r++) {
    const t = targets[r];
    if (t < 0) { losses[r] = 0; continue; }
    const o = r * V;
    let max = -Infinity;
    for (let j = 0; j < V; j++) if (logits[o + j] > max) max = logits[o + j];
    let sum = 0;
    for (let j = 0; j < V; j++) sum += Math.exp(logits[o + j] - max);
    losses[r] = max + Math.log(sum) - logits[o + t];
  }
}

function crossEntropyBackward(dlogits: Float32Array, logits: Float32Array, targets: Int32Array, dlosses: Float32Array, R: number, V: number): void {
  for (let r = 0; r < R; r++) {
    const t = targets[r];
    const g = dlosses[r];
    if (t < 0 || g === 0) continue;
    const o = r * V;
    let max = -Infinity;
    for (let j = 0; j < V; j++) if (logits[o + j] > max) max = logits[o + j];
    let sum = 0;
    for (let j = 0; j < V; j++) sum += Math.exp(logits[o + j] - max);
    const inv = 1 / sum;
    for (let j = 0; j < V; j++) dlogits[o + j] += g * Math.exp(logits[o + j] - max) * inv;
    dlogits[o + t] -= g;
  }
}

// ----------------------------------------------------------------------------
// optimiser

function adamw(p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, n: number, lr: number, beta1: number, beta2: number, eps: number, wd: number, bc1: number, bc2: number): void {
  for (let i = 0; i < n; i++) {
    const gi = g[i];
    m[i] = beta1 * m[i] + (1 - beta1) * gi;
    v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
    const mhat = m[i] / bc1;
    const vhat = v[i] / bc2;
    p[i] -= lr * (mhat / (Math.sqrt(vhat) + eps) + wd * p[i]);
  }
}

function attendCached(att: Float32Array, q: Float32Array, k: Float32Array, v: Float32Array, kc: Float32Array, vc: Float32Array, row: number, past: number, L: number, H: number, Hkv: number, D: number, scale: number): void {
  const HD = H * D, KV = Hkv * D, N = past + L, group = H / Hkv;
  kc.set(k.subarray(row * KV, (row + L) * KV), past * KV);
  vc.set(v.subarray(row * KV, (row + L) * KV), past * KV);
  const scores = new Float32Array(L * N);
  const probs = new Float32Array(L * N);
  for (let h = 0; h < H; h++) {
    const ko = Math.floor(h / group) * D;
    sgemm(false, true, L, N, D, scale, q.subarray(row * HD + h * D), HD, kc.subarray(ko), KV, 0, scores, N);
    softmaxForward(probs, scores, L, N, L);
    sgemm(false, false, L, D, N, 1, probs, N, vc.subarray(ko), KV, 0, att.subarray(row * HD + h * D), HD);
  }
}

export const jsKernels: Kernels = {
  name: "js",
  sgemm,
  softmaxForward, softmaxBackward, logSoftmaxForward, logSoftmaxBackward,
  rmsnormForward, rmsnormBackward, layernormForward, layernormBackward,
  siluForward, siluBackward, geluForward, geluBackward, swigluForward, swigluBackward,
  rope, attendCached, crossEntropyForward, crossEntropyBackward, adamw,
  setThreads: () => {},
  info: () => ({ gemm: "pure TypeScript", blas: "none", threads: 1, cores: cpus().length }),
};
