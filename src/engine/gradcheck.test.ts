/**
 * Finite-difference gradient check of every op, on every available backend: each op's
 * analytic gradient (float32) is compared with central differences of a float64 reference
 * forward written independently here (h = 1e-5). The reference forward also pins the op's output.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  Tensor, add, mul, scale, silu, gelu, swiglu, matmul, bmm, linear, rmsnorm, layernorm, rope, ropeTables,
  causalAttention, crossEntropy, logSoftmax, klDivergence, sum, mean, reshape, transpose, slice, concat, embedding, gatherRows,
  jsKernels, nativeKernelsOrNull, useBackend, type Kernels, type KeyMask,
} from "./index.js";

type F64 = Float64Array;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Input { shape: number[]; values?: number[] }

/** Checks op against ref: forward values and d(Σ c·y)/dx for every input. */
function check(name: string, inputs: Input[], op: (xs: Tensor[]) => Tensor, ref: (xs: F64[]) => F64, tol = 2e-3): void {
  const r = rng(name.length * 7919 + 1);
  const xs64 = inputs.map((inp) => {
    const n = inp.shape.reduce((a, b) => a * b, 1);
    return Float64Array.from(inp.values ?? Array.from({ length: n }, () => Math.fround(r() * 2 - 1)));
  });
  const ts = inputs.map((inp, i) => new Tensor(Float32Array.from(xs64[i]), inp.shape, true));
  const y = op(ts);
  const c = Float64Array.from({ length: y.size }, () => r() * 2 - 1);
  const yref = ref(xs64);
  assert.equal(y.size, yref.length, `${name}: output size`);
  for (let i = 0; i < y.size; i++) {
    assert.ok(Math.abs(y.data[i] - yref[i]) <= tol * (1 + Math.abs(yref[i])), `${name}: forward[${i}] ${y.data[i]} vs ${yref[i]}`);
  }
  const loss = sum(mul(y, new Tensor(Float32Array.from(c), y.shape)));
  loss.backward();
  const L = (xs: F64[]): number => ref(xs).reduce((acc, v, i) => acc + v * c[i], 0);
  const h = 1e-5;
  xs64.forEach((x, k) => {
    const g = ts[k].grad ?? new Float32Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const keep = x[i];
      x[i] = keep + h;
      const up = L(xs64);
      x[i] = keep - h;
      const down = L(xs64);
      x[i] = keep;
      const num = (up - down) / (2 * h);
      assert.ok(Math.abs(g[i] - num) <= tol * (1 + Math.abs(num)), `${name}: d input${k}[${i}] analytic ${g[i]} vs numeric ${num}`);
    }
  });
}

// ---------------------------------------------------------------------------- float64 references

const map = (x: F64, f: (v: number) => number): F64 => x.map(f);
const sig = (v: number): number => 1 / (1 + Math.exp(-v));
const geluRef = (v: number): number => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3)));

function mm(a: F64, b: F64, M: number, K: number, N: number, tA: boolean, tB: boolean): F64 {
  const y = new Float64Array(M * N);
  for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let k = 0; k < K; k++) s += (tA ? a[k * M + i] : a[i * K + k]) * (tB ? b[j * K + k] : b[k * N + j]);
    y[i * N + j] = s;
  }
  return y;
}

function rowsRef(x: F64, N: number, f: (row: F64) => F64): F64 {
  const y = new Float64Array(x.length);
  for (let r = 0; r < x.length / N; r++) y.set(f(x.subarray(r * N, (r + 1) * N)), r * N);
  return y;
}

const logSoftmaxRow = (row: F64): F64 => {
  const m = Math.max(...row);
  const lse = m + Math.log(row.reduce((a, v) => a + Math.exp(v - m), 0));
  return row.map((v) => v - lse);
};

function attentionRef(q: F64, k: F64, v: F64, B: number, T: number, H: number, Hkv: number, D: number, mask?: KeyMask): F64 {
  const out = new Float64Array(q.length);
  for (let b = 0; b < B; b++) for (let h = 0; h < H; h++) {
    const kh = Math.floor(h / (H / Hkv));
    for (let i = 0; i < T; i++) {
      // the keys this query sees: the past and itself, less the masked range
      const seen = Array.from({ length: i + 1 }, (_, j) => j).filter((j) => !mask || j < mask.from[b * T + i] || j >= mask.to[b * T + i]);
      const s = seen.map((j) => {
        let d = 0;
        for (let e = 0; e < D; e++) d += q[(b * T + i) * H * D + h * D + e] * k[(b * T + j) * Hkv * D + kh * D + e];
        return d / Math.sqrt(D);
      });
      const p = logSoftmaxRow(Float64Array.from(s)).map(Math.exp);
      for (let e = 0; e < D; e++) {
        let o = 0;
        seen.forEach((j, n) => (o += p[n] * v[(b * T + j) * Hkv * D + kh * D + e]));
        out[(b * T + i) * H * D + h * D + e] = o;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------- the suite

const backends: [string, Kernels | null][] = [["js", jsKernels], ["native", nativeKernelsOrNull()]];

for (const [bname, k] of backends) {
  describe(`gradient check on the ${bname} backend`, { skip: k === null ? "native addon not built" : false }, () => {
    it("elementwise ops: add, mul, scale, silu, gelu, swiglu", () => {
      useBackend(k!);
      const s = [3, 5];
      check("add", [{ shape: s }, { shape: s }], ([a, b]) => add(a, b), ([a, b]) => a.map((v, i) => v + b[i]));
      check("mul", [{ shape: s }, { shape: s }], ([a, b]) => mul(a, b), ([a, b]) => a.map((v, i) => v * b[i]));
      check("scale", [{ shape: s }], ([a]) => scale(a, -1.7), ([a]) => map(a, (v) => v * -1.7));
      check("silu", [{ shape: s }], ([a]) => silu(a), ([a]) => map(a, (v) => v * sig(v)));
      check("gelu", [{ shape: s }], ([a]) => gelu(a), ([a]) => map(a, geluRef));
      check("swiglu", [{ shape: s }, { shape: s }], ([a, b]) => swiglu(a, b), ([a, b]) => a.map((v, i) => v * sig(v) * b[i]));
    });

    it("matmul with every transpose combination, bmm, and linear", () => {
      useBackend(k!);
      const [M, K, N] = [3, 4, 5];
      for (const tA of [false, true]) for (const tB of [false, true]) {
        check(`matmul ${tA}${tB}`, [{ shape: tA ? [K, M] : [M, K] }, { shape: tB ? [N, K] : [K, N] }],
          ([a, b]) => matmul(a, b, tA, tB), ([a, b]) => mm(a, b, M, K, N, tA, tB));
      }
      check("bmm", [{ shape: [2, M, K] }, { shape: [2, N, K] }], ([a, b]) => bmm(a, b, false, true), ([a, b]) => {
        const y = new Float64Array(2 * M * N);
        for (let i = 0; i < 2; i++) y.set(mm(a.subarray(i * M * K), b.subarray(i * N * K), M, K, N, false, true), i * M * N);
        return y;
      });
      check("linear", [{ shape: [2, 3, K] }, { shape: [N, K] }], ([x, w]) => linear(x, w), ([x, w]) => mm(x, w, 6, K, N, false, true));
    });

    it("rmsnorm and layernorm", () => {
      useBackend(k!);
      const N = 6;
      check("rmsnorm", [{ shape: [3, N] }, { shape: [N] }], ([x, w]) => rmsnorm(x, w, 1e-5), ([x, w]) => rowsRef(x, N, (row) => {
        const s = 1 / Math.sqrt(row.reduce((a, v) => a + v * v, 0) / N + 1e-5);
        return row.map((v, j) => v * s * w[j]);
      }));
      check("layernorm", [{ shape: [3, N] }, { shape: [N] }, { shape: [N] }], ([x, w, b]) => layernorm(x, w, b, 1e-5), ([x, w, b]) => rowsRef(x, N, (row) => {
        const m = row.reduce((a, v) => a + v, 0) / N;
        const s = 1 / Math.sqrt(row.reduce((a, v) => a + (v - m) ** 2, 0) / N + 1e-5);
        return row.map((v, j) => (v - m) * s * w[j] + b[j]);
      }));
    });

    it("rotary embedding", () => {
      useBackend(k!);
      const [H, D] = [2, 4];
      const tables = ropeTables(16, D);
      const pos = Int32Array.from([0, 3, 7]);
      check("rope", [{ shape: [3, H * D] }], ([x]) => rope(x, tables, pos, H), ([x]) => {
        const y = new Float64Array(x.length);
        for (let r = 0; r < 3; r++) for (let h = 0; h < H; h++) for (let i = 0; i < D / 2; i++) {
          const a = pos[r] * Math.pow(10000, (-2 * i) / D);
          const o = (r * H + h) * D + 2 * i;
          y[o] = x[o] * Math.cos(a) - x[o + 1] * Math.sin(a);
          y[o + 1] = x[o] * Math.sin(a) + x[o + 1] * Math.cos(a);
        }
        return y;
      });
    });

    it("causal attention, with and without grouped KV heads", () => {
      useBackend(k!);
      for (const [H, Hkv] of [[2, 2], [4, 2]]) {
        const [B, T, D] = [2, 5, 4];
        check(`attention H${H}/${Hkv}`, [{ shape: [B * T, H * D] }, { shape: [B * T, Hkv * D] }, { shape: [B * T, Hkv * D] }],
          ([q, kk, v]) => causalAttention(q, kk, v, { B, T, H, Hkv, D }), ([q, kk, v]) => attentionRef(q, kk, v, B, T, H, Hkv, D));
      }
      // two branches after a shared prefix of 2 in each row: positions 4–5 do not see 2–3, row 1's 5 not 3–4
      const [B, T, H, Hkv, D] = [2, 6, 2, 1, 4];
      const mask: KeyMask = { from: Int32Array.from([0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 3]), to: Int32Array.from([0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 5]) };
      check("attention with a key mask", [{ shape: [B * T, H * D] }, { shape: [B * T, Hkv * D] }, { shape: [B * T, Hkv * D] }],
        ([q, kk, v]) => causalAttention(q, kk, v, { B, T, H, Hkv, D }, mask), ([q, kk, v]) => attentionRef(q, kk, v, B, T, H, Hkv, D, mask));
    });

    it("cross-entropy with ignored rows and per-token weights, log-softmax, KL", () => {
      useBackend(k!);
      const V = 7;
      const targets = Int32Array.from([2, -1, 6, 0]);
      const w = Float32Array.from([0.5, 1, -0.25, 2]);
      const ceRef = (x: F64, wt: ArrayLike<number>): F64 => {
        let s = 0;
        for (let r = 0; r < 4; r++) if (targets[r] >= 0) s -= wt[r] * logSoftmaxRow(x.subarray(r * V, (r + 1) * V))[targets[r]];
        return Float64Array.of(s);
      };
      check("crossEntropy weighted", [{ shape: [4, V] }], ([x]) => crossEntropy(x, targets, w), ([x]) => ceRef(x, w));
      check("crossEntropy mean", [{ shape: [4, V] }], ([x]) => crossEntropy(x, targets), ([x]) => ceRef(x, [1 / 3, 0, 1 / 3, 1 / 3]));
      check("logSoftmax", [{ shape: [4, V] }], ([x]) => logSoftmax(x), ([x]) => rowsRef(x, V, logSoftmaxRow));
      const r = rng(5);
      const refLogits = Float32Array.from({ length: 4 * V }, () => r() * 4 - 2);
      check("klDivergence", [{ shape: [4, V] }], ([x]) => klDivergence(x, refLogits, w), ([x]) => {
        let s = 0;
        for (let row = 0; row < 4; row++) {
          const lp = logSoftmaxRow(x.subarray(row * V, (row + 1) * V));
          const lq = logSoftmaxRow(Float64Array.from(refLogits.subarray(row * V, (row + 1) * V)));
          s += w[row] * lp.reduce((a, v, j) => a + Math.exp(v) * (v - lq[j]), 0);
        }
        return Float64Array.of(s);
      });
    });

    it("reductions and movement: sum, mean, reshape, transpose, slice, concat, embedding, gatherRows", () => {
      useBackend(k!);
      check("sum", [{ shape: [3, 4] }], ([x]) => sum(x), ([x]) => Float64Array.of(x.reduce((a, v) => a + v, 0)));
      check("mean", [{ shape: [3, 4] }], ([x]) => mean(x), ([x]) => Float64Array.of(x.reduce((a, v) => a + v, 0) / 12));
      check("reshape", [{ shape: [3, 4] }], ([x]) => reshape(x, [2, 6]), ([x]) => x.slice());
      check("transpose", [{ shape: [2, 3, 4] }], ([x]) => transpose(x), ([x]) => {
        const y = new Float64Array(24);
        for (let b = 0; b < 2; b++) for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) y[b * 12 + j * 3 + i] = x[b * 12 + i * 4 + j];
        return y;
      });
      check("slice", [{ shape: [3, 5] }], ([x]) => slice(x, 1, 1, 4), ([x]) => {
        const y: number[] = [];
        for (let i = 0; i < 3; i++) for (let j = 1; j < 4; j++) y.push(x[i * 5 + j]);
        return Float64Array.from(y);
      });
      check("concat", [{ shape: [2, 2] }, { shape: [2, 3] }], ([a, b]) => concat([a, b], 1), ([a, b]) => Float64Array.from([a[0], a[1], b[0], b[1], b[2], a[2], a[3], b[3], b[4], b[5]]));
      const ids = Int32Array.from([2, 0, 2, 1]);
      check("embedding", [{ shape: [3, 4] }], ([w]) => embedding(w, ids), ([w]) => {
        const y = new Float64Array(16);
        ids.forEach((id, i) => y.set(w.subarray(id * 4, id * 4 + 4), i * 4));
        return y;
      });
      check("gatherRows", [{ shape: [3, 4] }], ([x]) => gatherRows(x, ids), ([x]) => {
        const y = new Float64Array(16);
        ids.forEach((r, i) => y.set(x.subarray(r * 4, r * 4 + 4), i * 4));
        return y;
      });
      useBackend(jsKernels);
    });
  });
}
