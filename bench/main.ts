/**
 * `npm run bench -- <name> [--quick]`: runs one benchmark, prints its table and writes
 * bench/results/<name>.json (atomically: temp file, then rename). Benchmarks are not tests: they
 * measure this machine, side by side with a same-run reference, and print ratios: an absolute figure says little about code on a machine whose speed varies.
 *
 * Each benchmark lives in its own file and is imported only when asked for, so one that is not
 * written yet (or fails to load) gives a clear message instead of breaking the others.
 *   engine    GEMM: own kernels vs OpenBLAS (engine-gemm.ts), then training throughput with
 *             own kernels and with OpenBLAS vs PyTorch (engine-train.ts, benchTrain)
 *   search    bench/search.ts, benchSearch
 *   generate  bench/generate.ts, benchGenerate
 *   pipeline  bench/pipeline.ts, benchPipeline
 *   faults    bench/faults.ts, benchFaults (kill -9, flaky servers, two writers)
 */
import { Command } from "commander";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { kernels } from "../src/engine/backend.js";
import { benchGemm, formatGemmTable, isModelShape } from "./engine-gemm.js";
import { packageRoot } from "../src/util/package-root.js";

interface BenchOptions { quick: boolean }
type Bench = (opts: BenchOptions) => Promise<Record<string, unknown>>;

const repoRoot = (): string => packageRoot(import.meta.url);

/** Imports `fn` from the compiled bench/<file>.js, or returns why it cannot. */
async function optional<F>(file: string, fn: string): Promise<F | string> {
  const path = `./${file}.js`; // a variable, so tsc does not require the file to exist yet
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    return typeof mod[fn] === "function" ? (mod[fn] as F) : `bench/${file}.ts does not export ${fn}()`;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ERR_MODULE_NOT_FOUND" && err.message.includes(`${file}.js`)) return `bench/${file}.ts is not written yet`;
    return `bench/${file}.ts failed to load: ${err.message}`;
  }
}

/** A plain table of rows of scalars. */
function table(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return "(no rows)";
  const head = Object.keys(rows[0]);
  const fmt = (v: unknown): string => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toPrecision(4)) : v === null || v === undefined ? "-" : String(v));
  const body = rows.map((r) => head.map((h) => fmt(r[h])));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  return [head, ...body].map((cells) => cells.map((c, i) => c.padStart(widths[i])).join("  ")).join("\n");
}

// ----------------------------------------------------------------------------
// engine

async function engine(opts: BenchOptions): Promise<Record<string, unknown>> {
  const k = kernels();
  console.log(`bench engine: backend ${k.name}, ${JSON.stringify(k.info())}${opts.quick ? ", quick" : ""}`);
  console.log("\n1. GEMM GFLOP/s: own kernels, the addon through OpenBLAS, and cblas_sgemm called from C (own/direct target >= 0.9)\n");
  const gemm = await benchGemm(opts);
  console.log(formatGemmTable(gemm.rows));
  const min = (xs: (number | null)[]): number | null => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length > 0 ? Math.min(...v) : null;
  };
  const result: Record<string, unknown> = {
    backend: k.name,
    own_gemm_ratio_min: min(gemm.rows.filter(isModelShape).map((r) => r.own_ratio)),
    gemm_glue_ratio_min: min(gemm.rows.map((r) => r.glue_ratio)),
    bit_identical_threads: gemm.bit_identical_threads,
    own_train_ratio_S: null,
    openblas_train_ratio_S: null,
    quick: opts.quick,
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, ...k.info() },
    gemm: gemm.rows,
  };

  // ---- 2. training throughput: bench/engine-train.ts ------------------------------------------
  // One row per config with ratio_own = swirl (own kernels) / PyTorch tok/s and ratio_openblas =
  // swirl (SWIRL_GEMM=openblas) / PyTorch; own_train_ratio_<config> and openblas_train_ratio_<config>.
  const benchTrain = await optional<(o: BenchOptions) => Promise<unknown>>("engine-train", "benchTrain");
  if (typeof benchTrain === "string") {
    console.log(`\n2. training throughput: skipped (${benchTrain})`);
  } else {
    console.log("\n2. training tokens/s, swirl (own kernels, OpenBLAS) vs PyTorch CPU (own/PyTorch target on S >= 1.2)\n");
    const train = await benchTrain(opts);
    if (Array.isArray(train)) {
      const rows = train as Record<string, unknown>[];
      console.log(table(rows));
      result.train = rows;
      for (const row of rows) {
        result[`own_train_ratio_${String(row.config)}`] = row.ratio_own ?? null;
        result[`openblas_train_ratio_${String(row.config)}`] = row.ratio_openblas ?? null;
      }
    }
  }
  // ---- end of training throughput ------------------------------------------------------------

  console.log(`\nown_gemm_ratio_min ${fmtRatio(result.own_gemm_ratio_min)}, bit_identical_threads ${String(result.bit_identical_threads)}, own_train_ratio_S ${fmtRatio(result.own_train_ratio_S)}, openblas_train_ratio_S ${fmtRatio(result.openblas_train_ratio_S)}`);
  return result;
}

const fmtRatio = (v: unknown): string => (typeof v === "number" ? v.toFixed(3) : "-");

// ----------------------------------------------------------------------------
// dispatch

/** Benchmarks written in other files, loaded on demand: name -> [file, export]. */
const ELSEWHERE: Record<string, [string, string]> = {
  search: ["search", "benchSearch"],
  generate: ["generate", "benchGenerate"],
  pipeline: ["pipeline", "benchPipeline"],
  faults: ["faults", "benchFaults"],
};

async function resolve(name: string): Promise<Bench | string> {
  if (name === "engine") return engine;
  const where = ELSEWHERE[name];
  if (where === undefined) return `unknown benchmark "${name}"; choose one of: engine, ${Object.keys(ELSEWHERE).join(", ")}`;
  return optional<Bench>(...where);
}

/** Writes bench/results/<name>.json via a temp file and a rename, so readers never see half a file. */
function writeResult(name: string, result: unknown): string {
  const dir = join(repoRoot(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result, null, 2) + "\n");
  renameSync(tmp, file);
  return file;
}

const program = new Command("bench")
  .description("swirl benchmarks: each prints a table and writes bench/results/<name>.json")
  .argument("<name>", `engine | ${Object.keys(ELSEWHERE).join(" | ")}`)
  .option("--quick", "a short run (engine: under a minute)", false)
  .action(async (name: string, o: { quick: boolean }) => {
    const bench = await resolve(name);
    if (typeof bench === "string") {
      console.error(`bench: ${bench}`);
      process.exitCode = 2;
      return;
    }
    const result = await bench({ quick: o.quick });
    if (result !== undefined && result !== null) console.log(`\nbench: wrote ${writeResult(name, result)}`);
  });

await program.parseAsync(process.argv);
