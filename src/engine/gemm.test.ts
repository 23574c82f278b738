/**
 * The native backend's own GEMM (native/gemm.c): correct on odd shapes, strides and transposes,
 * and bit-identical whatever the vector width (AVX2, AVX-512 where the CPU has it) or the number
 * of threads, down to a short training run's weights.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { loadNativeKernels, type GemmKernel, type NativeKernels } from "./backends/native.js";
import { encodeConversation } from "../model/chat.js";
import { conversation } from "../rollout/decompose.js";
import { sftTrain } from "../train/sft.js";
import { tinyQa } from "../train/training.fixture.js";
import { useBackend, kernels } from "./backend.js";

const loaded = loadNativeKernels();
const K = typeof loaded === "string" ? null : loaded;
const skip = K === null ? `native addon unavailable: ${String(loaded)}` : false;

/** The vector widths this CPU can run. */
function widths(k: NativeKernels): GemmKernel[] {
  const out: GemmKernel[] = ["avx2"];
  try {
    k.setGemm("avx512");
    out.push("avx512");
  } catch {
    // no AVX-512 here: the AVX2 path is the only one to check
  }
  k.setGemm("auto");
  return out;
}

function random(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = (s >>> 8) / (1 << 23) - 1;
  }
  return a;
}

interface Case { M: number; N: number; K: number; tA: boolean; tB: boolean; alpha: number; beta: number }

/** Shapes around every tile edge (MR = 6, NR = 16/32, KC = 256, MC = 120, NC = 1024), the decode shapes (13×401×260 is one the small-M path threads), and one large enough for the packed path to be threaded. */
const SHAPES: [number, number, number][] = [
  [1, 1, 1], [7, 13, 5], [6, 32, 256], [5, 31, 257], [13, 17, 513], [121, 33, 40], [2, 200, 64],
  [1, 100, 37], [1, 70, 300], [17, 1, 9], [16, 64, 48], [5, 67, 21], [16, 130, 259], [13, 401, 260], [130, 1030, 70], [300, 301, 257],
];
const CASES: Case[] = SHAPES.flatMap(([M, N, Kd], i) =>
  [false, true].flatMap((tA) => [false, true].map((tB) => ({ M, N, K: Kd, tA, tB, alpha: i % 2 ? 0.5 : 1, beta: i % 3 === 0 ? 0 : 0.25 }))));

/** Operands with padded leading dimensions; C's padding is NaN so that a write into it shows. */
function operands(c: Case, seed: number) {
  const lda = (c.tA ? c.M : c.K) + 3, ldb = (c.tB ? c.K : c.N) + 2, ldc = c.N + 1;
  const A = random((c.tA ? c.K : c.M) * lda, seed), B = random((c.tB ? c.N : c.K) * ldb, seed + 1);
  const C = random(c.M * ldc, seed + 2);
  for (let i = 0; i < c.M; i++) C[i * ldc + c.N] = NaN;
  return { A, B, C, lda, ldb, ldc };
}

function run(k: NativeKernels, fn: "sgemm" | "sgemmReference", c: Case, seed: number): Float32Array {
  const o = operands(c, seed);
  const C = o.C.slice();
  k[fn](c.tA, c.tB, c.M, c.N, c.K, c.alpha, o.A, o.lda, o.B, o.ldb, c.beta, C, o.ldc);
  return C;
}

const sameBits = (a: Float32Array, b: Float32Array): boolean =>
  Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

const label = (c: Case) => `${c.M}×${c.N}×${c.K} ${c.tA ? "T" : "N"}${c.tB ? "T" : "N"} alpha ${c.alpha} beta ${c.beta}`;

describe("own GEMM (native/gemm.c)", { skip }, () => {
  const k = K!;
  let threadsBefore = 1;
  before(() => { threadsBefore = Number(k.info().threads); });
  after(() => { k.setGemm("auto"); k.setThreads(threadsBefore); });

  it("computes C = alpha op(A) op(B) + beta C on odd shapes, strides and transposes, leaving the padding alone", () => {
    for (const w of widths(k)) {
      k.setGemm(w);
      for (const c of CASES) {
        const o = operands(c, 11);
        const got = run(k, "sgemm", c, 11);
        for (let i = 0; i < c.M; i++) {
          assert.ok(Number.isNaN(got[i * o.ldc + c.N]), `${w} ${label(c)}: wrote into C's padding`);
          for (let j = 0; j < c.N; j++) {
            let s = 0;
            for (let p = 0; p < c.K; p++) {
              s += (c.tA ? o.A[p * o.lda + i]! : o.A[i * o.lda + p]!) * (c.tB ? o.B[j * o.ldb + p]! : o.B[p * o.ldb + j]!);
            }
            const want = c.alpha * s + (c.beta === 0 ? 0 : c.beta * o.C[i * o.ldc + j]!);
            const err = Math.abs(got[i * o.ldc + j]! - want);
            assert.ok(err <= 1e-5 * (1 + Math.sqrt(c.K)), `${w} ${label(c)} [${i},${j}]: ${got[i * o.ldc + j]} vs ${want}`);
          }
        }
      }
    }
  });

  it("is bit-identical at every vector width and thread count, and equals its scalar definition", () => {
    for (const c of CASES) {
      const ref = run(k, "sgemmReference", c, 5);
      let first: Float32Array | undefined;
      for (const w of widths(k)) {
        for (const threads of [1, 2]) {
          k.setGemm(w);
          k.setThreads(threads);
          const got = run(k, "sgemm", c, 5);
          first ??= got;
          assert.ok(sameBits(got, first), `${label(c)}: ${w} at ${threads} thread(s) differs from the first path`);
        }
      }
      // the reference takes the same path (packed, or decoding's few-row loops) as plain loops
      assert.ok(sameBits(first!, ref), `${label(c)}: differs from the scalar definition`);
    }
  });

  it("beta = 0 overwrites C, NaN included", () => {
    const c: Case = { M: 9, N: 40, K: 20, tA: false, tB: false, alpha: 1, beta: 0 };
    const o = operands(c, 3);
    const C = new Float32Array(c.M * o.ldc).fill(NaN);
    k.sgemm(false, false, c.M, c.N, c.K, 1, o.A, o.lda, o.B, o.ldb, 0, C, o.ldc);
    for (let i = 0; i < c.M; i++) for (let j = 0; j < c.N; j++) assert.ok(Number.isFinite(C[i * o.ldc + j]!));
  });

  it("trains to the same weights, bit for bit, at 1 and 2 threads and at every vector width", async () => {
    const fx = await tinyQa();
    const data = fx.demos.map((d) => encodeConversation(fx.tokenizer, conversation(d), { train: "all-assistant" }));
    const previous = kernels();
    useBackend(k);
    const hashes = new Map<string, string>();
    try {
      for (const w of widths(k)) {
        for (const threads of [1, 2]) {
          k.setGemm(w);
          k.setThreads(threads);
          const model = fx.model(1);
          sftTrain(model, data, { steps: 3, batchSize: 6, lr: 3e-3, padId: fx.tokenizer.pad, seed: 2 });
          const h = createHash("sha256");
          for (const p of model.parameters()) h.update(Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength));
          hashes.set(`${w}, ${threads} thread(s)`, h.digest("hex"));
        }
      }
    } finally {
      useBackend(previous);
    }
    assert.equal(new Set(hashes.values()).size, 1, `weights differ: ${JSON.stringify(Object.fromEntries(hashes))}`);
  });

  it("refuses an unknown kernel, by call and by SWIRL_GEMM", () => {
    assert.throws(() => k.setGemm("avx9" as GemmKernel), /not available here/);
    const before = process.env.SWIRL_GEMM;
    process.env.SWIRL_GEMM = "fast";
    try {
      assert.throws(() => loadNativeKernels(), /SWIRL_GEMM must be one of auto, avx2, avx512, openblas; got "fast"/);
    } finally {
      if (before === undefined) delete process.env.SWIRL_GEMM;
      else process.env.SWIRL_GEMM = before;
    }
  });
});
