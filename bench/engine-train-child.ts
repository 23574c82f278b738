/** Child process of engine-train.ts: times training steps of one config on the backend in SWIRL_BACKEND. */
import { readFileSync } from "node:fs";
import { AdamW, Arena, clipGradNorm, crossEntropy, kernels } from "../src/engine/index.js";
import { presetConfig, parameterCount } from "../src/model/config.js";
import { Model } from "../src/model/model.js";

const { config, V, B, T, steps, warmup } = JSON.parse(process.argv[2]) as { config: "XS" | "S" | "M"; V: number; B: number; T: number; steps: number; warmup: number };
const cfg = presetConfig(config, V, { contextLength: T });
const model = new Model(cfg, 0);
const opt = new AdamW(model.parameterGroups(0.1));
const ids = new Int32Array(B * T);
const tgt = new Int32Array(B * T);
for (let i = 0; i < B * T; i++) ids[i] = (i * 2654435761) % V;
for (let i = 0; i < B * T; i++) tgt[i] = ids[(i + 1) % (B * T)];

// as swirl's training loops do: each step's activations reuse the previous step's buffers
const arena = new Arena();
function step(): void {
  arena.run(() => {
    opt.zeroGrad();
    const loss = crossEntropy(model.forward(ids, B, T), tgt);
    loss.backward();
    clipGradNorm(model.parameters(), 1);
    opt.update(1e-3);
  });
}
for (let i = 0; i < warmup; i++) step();
const t0 = performance.now();
for (let i = 0; i < steps; i++) step();
const dt = (performance.now() - t0) / 1000;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
console.log(JSON.stringify({ tok_s: (B * T * steps) / dt, peak_mb: hwm ? Number(hwm[1]) / 1024 : null, params: parameterCount(cfg), backend: kernels().name }));
