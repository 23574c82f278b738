/**
 * GEMM GFLOP/s, three sides measured in one run on the same shapes and thread counts:
 *   own       the addon's own kernels (native/gemm.c), the default
 *   openblas  the addon handing GEMM to OpenBLAS (SWIRL_GEMM=openblas), i.e. OpenBLAS plus the glue
 *   direct    bench/gemm_ref.c calling cblas_sgemm from C, the reference
 * For each (shape, threads) the C program runs, then the addon with each kernel, so drift on a
 * shared machine hits all alike. Every side follows one protocol: 2 warm-up calls, one timed
 * call to size a batch, then timed batches, best batch counts. own_ratio = own / direct;
 * glue_ratio = openblas / direct. The shapes are the matrix products of one training step of the
 * XS, S and M models (16 × 256 tokens), plus 256³ and 1024³. The bench also checks, on every
 * shape, that the own kernels give the same bits at 1 and 2 threads and at every vector width.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kernels } from "../src/engine/kernels.js";
import { jsKernels } from "../src/engine/backends/js.js";
import { loadNativeKernels, type GemmKernel, type NativeKernels } from "../src/engine/backends/native.js";
import { PRESETS } from "../src/model/config.js";
import { packageRoot } from "../src/util/package-root.js";

export interface GemmShape {
  /** what it is in a training step */
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly transA: boolean;
  readonly transB: boolean;
}

export interface GemmRow extends GemmShape {
  readonly threads: number;
  /** which `Kernels` ran the engine side ("native", or "js" when the addon is not built) */
  readonly backend: string;
  /** the addon's own kernels (or the js backend's loop) */
  readonly own_gflops: number;
  /** the addon through OpenBLAS; null when OpenBLAS cannot be opened */
  readonly openblas_gflops: number | null;
  /** cblas_sgemm from C; null when the C reference could not be compiled */
  readonly direct_gflops: number | null;
  /** own / direct */
  readonly own_ratio: number | null;
  /** openblas / direct: what the N-API path costs */
  readonly glue_ratio: number | null;
}

/** Tokens in one training batch of the bench (16 sequences × 256). */
const R = 16 * 256;

/** The products of one training step of a preset: linear layers forward (x Wᵀ) and backward (G W, Gᵀ x), attention per head. */
function modelShapes(name: "XS" | "S" | "M"): GemmShape[] {
  const p = PRESETS[name];
  const d = p.dim, f = p.ffnDim, hd = p.dim / p.heads, T = 256;
  return [
    { name: `${name} ffn up, forward`, M: R, N: f, K: d, transA: false, transB: true },
    { name: `${name} ffn down, forward`, M: R, N: d, K: f, transA: false, transB: true },
    { name: `${name} ffn up, dX = G·W`, M: R, N: d, K: f, transA: false, transB: false },
    { name: `${name} ffn up, dW = Gᵀ·X`, M: f, N: d, K: R, transA: true, transB: false },
    { name: `${name} attention scores Q·Kᵀ`, M: T, N: T, K: hd, transA: false, transB: true },
    { name: `${name} attention read-out P·V`, M: T, N: hd, K: T, transA: false, transB: false },
  ];
}

export const GEMM_SHAPES: readonly GemmShape[] = [
  { name: "256³", M: 256, N: 256, K: 256, transA: false, transB: false },
  { name: "1024³", M: 1024, N: 1024, K: 1024, transA: false, transB: false },
  ...modelShapes("XS"), ...modelShapes("S"), ...modelShapes("M"),
];

/** Shapes that are part of a model's training step (own_gemm_ratio_min is taken over these). */
export const isModelShape = (s: GemmShape): boolean => !s.name.endsWith("³");

const THREADS = [1, 2];

const repoRoot = (): string => packageRoot(import.meta.url);

const spec = (s: GemmShape): string => `${s.M}x${s.N}x${s.K}:${s.transA ? "T" : "N"}${s.transB ? "T" : "N"}`;

/** Compiles bench/gemm_ref.c into a temporary folder; returns the binary, or why it failed. */
function compileReference(dir: string): { bin: string } | { error: string } {
  const bin = join(dir, "gemm_ref");
  const src = join(repoRoot(), "bench", "gemm_ref.c");
  const r = spawnSync("gcc", ["-O3", "-std=c11", "-I/usr/include/openblas", src, "-o", bin, "-lopenblas"], { encoding: "utf8" });
  if (r.status === 0) return { bin };
  return { error: (r.stderr || String(r.error ?? "gcc failed")).split("\n")[0] };
}

function runReference(bin: string, s: GemmShape, threads: number, minBatch: number, batches: number): number {
  const r = spawnSync(bin, [String(threads), String(minBatch), String(batches), spec(s)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`gemm_ref failed on ${spec(s)}: ${r.stderr || String(r.error)}`);
  return (JSON.parse(r.stdout) as { gflops: number }[])[0].gflops;
}

function fillRandom(a: Float32Array, state: { s: number }): Float32Array {
  for (let i = 0; i < a.length; i++) {
    state.s = (Math.imul(state.s, 1664525) + 1013904223) >>> 0;
    a[i] = (state.s >>> 8) / (1 << 23) - 1;
  }
  return a;
}

/** Floats between A, B and C in their one buffer, as GAP in gemm_ref.c: at small sizes OpenBLAS's
 * speed depends on where the three sit relative to each other by up to 2x, so both sides share
 * one layout. */
const GAP = 32;

/** The engine side: the same protocol as gemm_ref.c, through `k.sgemm`. */
function runEngine(k: Kernels, s: GemmShape, threads: number, minBatch: number, batches: number): number {
  k.setThreads(threads);
  const { M, N, K, transA, transB } = s;
  const state = { s: 1 };
  const buf = new Float32Array(M * K + K * N + M * N + 2 * GAP);
  const A = fillRandom(buf.subarray(0, M * K), state);
  const B = fillRandom(buf.subarray(M * K + GAP, M * K + GAP + K * N), state);
  const C = fillRandom(buf.subarray(M * K + K * N + 2 * GAP), state);
  const lda = transA ? M : K, ldb = transB ? K : N;
  const gemm = (): void => k.sgemm(transA, transB, M, N, K, 1, A, lda, B, ldb, 0, C, N);
  gemm();
  gemm();
  let t0 = process.hrtime.bigint();
  gemm();
  const one = Number(process.hrtime.bigint() - t0) * 1e-9;
  const reps = one > 0 ? Math.floor(minBatch / one) + 1 : 1000;
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    t0 = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) gemm();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) * 1e-9 / reps);
  }
  return (2 * M * N * K) / best / 1e9;
}

/** Sets the addon's GEMM kernel; false if it is not available here. */
function tryGemm(k: NativeKernels, g: GemmKernel): boolean {
  try {
    k.setGemm(g);
    return true;
  } catch {
    return false;
  }
}

/** The own kernels' bits at every vector width and at 1 and 2 threads, compared on each shape. */
export function checkBitIdentical(k: NativeKernels, shapes: readonly GemmShape[]): boolean {
  const widths = (["avx2", "avx512"] as const).filter((w) => tryGemm(k, w));
  let same = true;
  for (const s of shapes) {
    const state = { s: 7 };
    const A = fillRandom(new Float32Array(s.M * s.K), state), B = fillRandom(new Float32Array(s.K * s.N), state);
    const C0 = fillRandom(new Float32Array(s.M * s.N), state);
    let first: Buffer | undefined;
    for (const w of widths) {
      for (const threads of THREADS) {
        k.setGemm(w);
        k.setThreads(threads);
        const C = C0.slice();
        k.sgemm(s.transA, s.transB, s.M, s.N, s.K, 1, A, s.transA ? s.M : s.K, B, s.transB ? s.K : s.N, 0.5, C, s.N);
        const bits = Buffer.from(C.buffer);
        first ??= bits;
        if (!bits.equals(first)) {
          console.log(`bench gemm: ${s.name}: ${w} at ${threads} thread(s) differs from ${widths[0]} at 1 thread`);
          same = false;
        }
      }
    }
  }
  k.setGemm("auto");
  return same;
}

export interface GemmBench {
  readonly rows: GemmRow[];
  /** null without the addon */
  readonly bit_identical_threads: boolean | null;
}

export async function benchGemm(opts: { quick: boolean }): Promise<GemmBench> {
  const native = loadNativeKernels();
  const k = typeof native === "string" ? jsKernels : native;
  // without the addon only the small shapes are worth timing in pure TypeScript
  const all = opts.quick ? GEMM_SHAPES.filter((s) => s.name.startsWith("256") || s.name.startsWith("S ")) : GEMM_SHAPES;
  const shapes = typeof native === "string" ? all.filter((s) => s.M * s.N * s.K <= 256 ** 3) : all;
  if (typeof native === "string") console.log(`bench gemm: ${native}; timing the js backend on small shapes only`);
  const hasBlas = typeof native !== "string" && tryGemm(native, "openblas");
  if (typeof native !== "string") {
    if (!hasBlas) console.log("bench gemm: OpenBLAS cannot be opened (apt-get install libopenblas-dev); no openblas column");
    native.setGemm("auto");
  }
  const minBatch = opts.quick ? 0.1 : 0.2;
  const batches = opts.quick ? 3 : 4;
  const rounds = opts.quick ? 1 : 2; // full mode alternates the sides twice, keeping each side's best

  const dir = mkdtempSync(join(tmpdir(), "swirl-bench-"));
  const rows: GemmRow[] = [];
  const before = Number(k.info().threads);
  try {
    const ref = compileReference(dir);
    if ("error" in ref) console.log(`bench gemm: cannot compile bench/gemm_ref.c (${ref.error}); no direct reference`);
    for (const s of shapes) {
      for (const threads of THREADS) {
        let direct: number | null = null, blas: number | null = null, own = 0;
        for (let round = 0; round < rounds; round++) {
          if ("bin" in ref) direct = Math.max(direct ?? 0, runReference(ref.bin, s, threads, minBatch, batches));
          if (typeof native !== "string") {
            if (hasBlas) {
              native.setGemm("openblas");
              blas = Math.max(blas ?? 0, runEngine(native, s, threads, minBatch, batches));
            }
            native.setGemm("auto");
          }
          own = Math.max(own, runEngine(k, s, threads, minBatch, batches));
        }
        rows.push({
          ...s, threads, backend: k.name, own_gflops: own, openblas_gflops: blas, direct_gflops: direct,
          own_ratio: direct === null ? null : own / direct, glue_ratio: direct === null || blas === null ? null : blas / direct,
        });
      }
    }
  } finally {
    k.setThreads(Math.max(1, before));
    rmSync(dir, { recursive: true, force: true });
  }
  const bit_identical_threads = typeof native === "string" ? null : checkBitIdentical(native, shapes);
  k.setThreads(Math.max(1, before));
  return { rows, bit_identical_threads };
}

/** The table printed by `npm run bench -- engine`. */
export function formatGemmTable(rows: readonly GemmRow[]): string {
  const head = ["shape", "M×N×K", "op", "threads", "own GF/s", "addon+OpenBLAS GF/s", "direct OpenBLAS GF/s", "own/direct"];
  const f = (v: number | null, digits: number): string => (v === null ? "-" : v.toFixed(digits));
  const body = rows.map((r) => [
    r.name, `${r.M}×${r.N}×${r.K}`, `${r.transA ? "T" : "N"}${r.transB ? "T" : "N"}`, String(r.threads),
    f(r.own_gflops, 1), f(r.openblas_gflops, 1), f(r.direct_gflops, 1), f(r.own_ratio, 3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
