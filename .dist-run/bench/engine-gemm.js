/**
 * GEMM GFLOP/s through the engine's `sgemm` (the native addon) against bench/gemm_ref.c calling
 * cblas_sgemm directly, on the same shapes and thread counts, measured side by side in one run:
 * for each (shape, threads) the C program runs, then the addon, so drift on a shared machine
 * hits both alike. Both sides follow one protocol: 2 warm-up calls, one timed call to size a
 * batch, then timed batches, best batch counts. ratio = addon / direct; issue 2's target is >= 0.9.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsKernels } from "../src/engine/backends/js.js";
import { loadNativeKernels } from "../src/engine/backends/native.js";
import { packageRoot } from "../src/util/package-root.js";
/** 64³, 256³, 1024³, and the two backward GEMMs of a 4096-token batch through a 256→768 layer. */
export const GEMM_SHAPES = [
    { name: "64³", M: 64, N: 64, K: 64, transA: false, transB: false },
    { name: "256³", M: 256, N: 256, K: 256, transA: false, transB: false },
    { name: "1024³", M: 1024, N: 1024, K: 1024, transA: false, transB: false },
    // dW = Xᵀ·dY: (4096×256)ᵀ·(4096×768)
    { name: "dW (4096×256)ᵀ·(4096×768)", M: 256, N: 768, K: 4096, transA: true, transB: false },
    // dX = dY·Wᵀ: 4096×768·(256×768)ᵀ
    { name: "dX 4096×768·(256×768)ᵀ", M: 4096, N: 256, K: 768, transA: false, transB: true },
];
const THREADS = [1, 2];
const repoRoot = () => packageRoot(import.meta.url);
const spec = (s) => `${s.M}x${s.N}x${s.K}:${s.transA ? "T" : "N"}${s.transB ? "T" : "N"}`;
/** Compiles bench/gemm_ref.c into a temporary folder; returns the binary, or why it failed. */
function compileReference(dir) {
    const bin = join(dir, "gemm_ref");
    const src = join(repoRoot(), "bench", "gemm_ref.c");
    const r = spawnSync("gcc", ["-O3", "-std=c11", "-I/usr/include/openblas", src, "-o", bin, "-lopenblas"], { encoding: "utf8" });
    if (r.status === 0)
        return { bin };
    return { error: (r.stderr || String(r.error ?? "gcc failed")).split("\n")[0] };
}
function runReference(bin, s, threads, minBatch, batches) {
    const r = spawnSync(bin, [String(threads), String(minBatch), String(batches), spec(s)], { encoding: "utf8" });
    if (r.status !== 0)
        throw new Error(`gemm_ref failed on ${spec(s)}: ${r.stderr || String(r.error)}`);
    return JSON.parse(r.stdout)[0].gflops;
}
function fillRandom(a, state) {
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
function runEngine(k, s, threads, minBatch, batches) {
    k.setThreads(threads);
    const { M, N, K, transA, transB } = s;
    const state = { s: 1 };
    const buf = new Float32Array(M * K + K * N + M * N + 2 * GAP);
    const A = fillRandom(buf.subarray(0, M * K), state);
    const B = fillRandom(buf.subarray(M * K + GAP, M * K + GAP + K * N), state);
    const C = fillRandom(buf.subarray(M * K + K * N + 2 * GAP), state);
    const lda = transA ? M : K, ldb = transB ? K : N;
    const gemm = () => k.sgemm(transA, transB, M, N, K, 1, A, lda, B, ldb, 0, C, N);
    gemm();
    gemm();
    let t0 = process.hrtime.bigint();
    gemm();
    const one = Number(process.hrtime.bigint() - t0) * 1e-9;
    const reps = one > 0 ? Math.floor(minBatch / one) + 1 : 1000;
    let best = Infinity;
    for (let b = 0; b < batches; b++) {
        t0 = process.hrtime.bigint();
        for (let r = 0; r < reps; r++)
            gemm();
        best = Math.min(best, Number(process.hrtime.bigint() - t0) * 1e-9 / reps);
    }
    return (2 * M * N * K) / best / 1e9;
}
export async function benchGemm(opts) {
    const native = loadNativeKernels();
    const k = typeof native === "string" ? jsKernels : native;
    // without the addon only the small shapes are worth timing in pure TypeScript
    const shapes = typeof native === "string" ? GEMM_SHAPES.filter((s) => s.M * s.N * s.K <= 256 ** 3) : GEMM_SHAPES;
    if (typeof native === "string")
        console.log(`bench gemm: ${native}; timing the js backend on small shapes only`);
    const minBatch = opts.quick ? 0.1 : 0.3;
    const batches = opts.quick ? 3 : 5;
    const rounds = opts.quick ? 1 : 2; // full mode alternates C and addon twice, keeping each side's best
    const dir = mkdtempSync(join(tmpdir(), "swirl-bench-"));
    const rows = [];
    try {
        const ref = compileReference(dir);
        if ("error" in ref)
            console.log(`bench gemm: cannot compile bench/gemm_ref.c (${ref.error}); no direct reference`);
        const before = Number(k.info().threads);
        for (const s of shapes) {
            for (const threads of THREADS) {
                let direct = null;
                let engine = 0;
                for (let round = 0; round < rounds; round++) {
                    if ("bin" in ref)
                        direct = Math.max(direct ?? 0, runReference(ref.bin, s, threads, minBatch, batches));
                    engine = Math.max(engine, runEngine(k, s, threads, minBatch, batches));
                }
                rows.push({ ...s, threads, backend: k.name, engine_gflops: engine, direct_gflops: direct, ratio: direct === null ? null : engine / direct });
            }
        }
        k.setThreads(Math.max(1, before));
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return rows;
}
/** The table printed by `npm run bench -- engine`. */
export function formatGemmTable(rows) {
    const head = ["shape", "M×N×K", "op", "threads", "engine GF/s", "direct GF/s", "ratio"];
    const body = rows.map((r) => [
        r.name, `${r.M}×${r.N}×${r.K}`, `${r.transA ? "T" : "N"}${r.transB ? "T" : "N"}`, String(r.threads),
        r.engine_gflops.toFixed(1), r.direct_gflops === null ? "-" : r.direct_gflops.toFixed(1),
        r.ratio === null ? "-" : r.ratio.toFixed(3),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
//# sourceMappingURL=engine-gemm.js.map