/**
 * Training throughput of the embedded decoder vs PyTorch CPU on the same architecture, config,
 * batch (16) and context (256), with AdamW, in one run. Each measurement runs in its own child
 * process so peak memory (VmHWM / ru_maxrss) belongs to it alone.
 */
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { PRESETS } from "../src/model/config.js";
const here = dirname(fileURLToPath(import.meta.url));
const V = 512;
const B = 16;
const T = 256;
/** Installs Debian's python3-torch when missing (bench only, never CI). */
function torchPython() {
    const py = "/usr/bin/python3";
    const has = () => existsSync(py) && spawnSync(py, ["-c", "import torch"], { stdio: "ignore" }).status === 0;
    if (has())
        return py;
    if (process.getuid?.() === 0) {
        console.log("bench: installing python3-torch with apt (bench only) ...");
        try {
            execFileSync("apt-get", ["install", "-y", "-qq", "python3-torch"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
        }
        catch {
            return null;
        }
    }
    return has() ? py : null;
}
function runSwirl(config, backend, steps, warmup) {
    const r = spawnSync(process.execPath, [join(here, "engine-train-child.js"), JSON.stringify({ config, V, B, T, steps, warmup })], {
        encoding: "utf8",
        env: { ...process.env, SWIRL_BACKEND: backend },
    });
    if (r.status !== 0) {
        console.log(`bench: swirl ${backend} ${config} failed: ${r.stderr.trim().split("\n").pop()}`);
        return null;
    }
    return JSON.parse(r.stdout.trim().split("\n").pop());
}
function runTorch(py, config, steps, warmup) {
    const p = PRESETS[config];
    const arg = { vocabSize: V, dim: p.dim, layers: p.layers, heads: p.heads, ffnDim: p.ffnDim, T, B, steps, warmup, threads: cpus().length };
    const r = spawnSync(py, [join(here, "..", "..", "bench", "torch_train.py"), JSON.stringify(arg)], { encoding: "utf8" });
    if (r.status !== 0) {
        console.log(`bench: torch ${config} failed: ${r.stderr.trim().split("\n").pop()}`);
        return null;
    }
    return JSON.parse(r.stdout.trim().split("\n").pop());
}
export async function benchTrain(opts) {
    const py = torchPython();
    if (py === null)
        console.log("bench: PyTorch unavailable; torch columns left empty");
    const rows = [];
    for (const config of opts.quick ? ["S"] : ["S", "M"]) {
        const steps = opts.quick ? 2 : config === "S" ? 8 : 3;
        const nat = runSwirl(config, "native", steps, 1);
        // the pure-TS backend is ~20-50x slower: one timed step, on S only
        const js = config === "S" ? runSwirl(config, "js", 1, 0) : null;
        const torch = py ? runTorch(py, config, steps, 1) : null;
        rows.push({
            config,
            params: nat?.params ?? js?.params ?? 0,
            swirl_native_tok_s: nat?.tok_s ?? null,
            swirl_js_tok_s: js?.tok_s ?? null,
            torch_tok_s: torch?.tok_s ?? null,
            swirl_native_peak_mb: nat?.peak_mb ?? null,
            swirl_js_peak_mb: js?.peak_mb ?? null,
            torch_peak_mb: torch?.peak_rss_mb ?? null,
            ratio_native: nat && torch ? nat.tok_s / torch.tok_s : null,
            ratio_js: js && torch ? js.tok_s / torch.tok_s : null,
        });
        await Promise.resolve();
    }
    return rows;
}
//# sourceMappingURL=engine-train.js.map