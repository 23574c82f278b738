/**
 * Training throughput of the embedded decoder vs PyTorch CPU on the same architecture, config,
 * batch (16) and context (256), with AdamW, in one run: swirl with its own GEMM kernels (the
 * default), with SWIRL_GEMM=openblas, on the pure-TS backend (S only), and PyTorch. Each
 * measurement runs in its own child process so peak memory (VmHWM / ru_maxrss) belongs to it alone.
 */
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { PRESETS } from "../src/model/config.js";

type Config = "XS" | "S" | "M";

export interface TrainRow {
  readonly config: Config;
  readonly params: number;
  /** native backend, own kernels */
  readonly swirl_own_tok_s: number | null;
  /** native backend, SWIRL_GEMM=openblas */
  readonly swirl_openblas_tok_s: number | null;
  readonly swirl_js_tok_s: number | null;
  readonly torch_tok_s: number | null;
  readonly swirl_own_peak_mb: number | null;
  readonly torch_peak_mb: number | null;
  readonly ratio_own: number | null;
  readonly ratio_openblas: number | null;
  readonly ratio_js: number | null;
}

const here = dirname(fileURLToPath(import.meta.url));
const V = 512;
const B = 16;
const T = 256;

/** Installs Debian's python3-torch when missing (bench only, never CI). */
function torchPython(): string | null {
  const py = "/usr/bin/python3";
  const has = (): boolean => existsSync(py) && spawnSync(py, ["-c", "import torch"], { stdio: "ignore" }).status === 0;
  if (has()) return py;
  if (process.getuid?.() === 0) {
    console.log("bench: installing python3-torch with apt (bench only) ...");
    try {
      execFileSync("apt-get", ["install", "-y", "-qq", "python3-torch"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      return null;
    }
  }
  return has() ? py : null;
}

type Side = "own" | "openblas" | "js";

function runSwirl(config: Config, side: Side, steps: number, warmup: number): { tok_s: number; peak_mb: number; params: number } | null {
  const env = side === "js" ? { SWIRL_BACKEND: "js" } : { SWIRL_BACKEND: "native", SWIRL_GEMM: side === "own" ? "auto" : "openblas" };
  const r = spawnSync(process.execPath, [join(here, "engine-train-child.js"), JSON.stringify({ config, V, B, T, steps, warmup })], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) {
    console.log(`bench: swirl ${side} ${config} failed: ${r.stderr.trim().split("\n").pop()}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { tok_s: number; peak_mb: number; params: number };
}

function runTorch(py: string, config: Config, steps: number, warmup: number): { tok_s: number; peak_rss_mb: number } | null {
  const p = PRESETS[config];
  const arg = { vocabSize: V, dim: p.dim, layers: p.layers, heads: p.heads, ffnDim: p.ffnDim, T, B, steps, warmup, threads: cpus().length };
  const r = spawnSync(py, [join(here, "..", "..", "bench", "torch_train.py"), JSON.stringify(arg)], { encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`bench: torch ${config} failed: ${r.stderr.trim().split("\n").pop()}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { tok_s: number; peak_rss_mb: number };
}

export async function benchTrain(opts: { quick: boolean }): Promise<TrainRow[]> {
  const py = torchPython();
  if (py === null) console.log("bench: PyTorch unavailable; torch columns left empty");
  const rows: TrainRow[] = [];
  for (const config of opts.quick ? (["S"] as const) : (["XS", "S", "M"] as const)) {
    const steps = opts.quick ? 2 : config === "M" ? 3 : 8;
    const own = runSwirl(config, "own", steps, 1);
    const blas = runSwirl(config, "openblas", steps, 1);
    // the pure-TS backend is ~20-50x slower: one timed step, on S only
    const js = config === "S" ? runSwirl(config, "js", 1, 0) : null;
    const torch = py ? runTorch(py, config, steps, 1) : null;
    const ratio = (x: { tok_s: number } | null): number | null => (x && torch ? x.tok_s / torch.tok_s : null);
    rows.push({
      config,
      params: own?.params ?? js?.params ?? 0,
      swirl_own_tok_s: own?.tok_s ?? null,
      swirl_openblas_tok_s: blas?.tok_s ?? null,
      swirl_js_tok_s: js?.tok_s ?? null,
      torch_tok_s: torch?.tok_s ?? null,
      swirl_own_peak_mb: own?.peak_mb ?? null,
      torch_peak_mb: torch?.peak_rss_mb ?? null,
      ratio_own: ratio(own),
      ratio_openblas: ratio(blas),
      ratio_js: ratio(js),
    });
    await Promise.resolve();
  }
  return rows;
}
