/** `swirl pretrain`: trains (or loads from cache) the embedded base policy (src/pretrain/base-policy.ts). */
import type { Command } from "commander";
import { pretrainBasePolicy, BasePolicyConfigSchema } from "../pretrain/base-policy.js";
import { defined, numberFlag, runAction } from "./config.js";

export function registerPretrain(program: Command): void {
  const num = numberFlag;
  program
    .command("pretrain")
    .description("train the embedded base policy on teacher demonstrations of both synthetic families, QA hop by hop then math (cached by config hash)")
    .option("--cache <dir>", "cache folder", ".cache/swirl")
    .option("--preset <name>", "model size: tiny | XS | S | M", "XS")
    .option("--steps <n>", "updates (default 1900)", num("steps"))
    .option("--batch-size <n>", "sequences per update (default 24)", num("batch-size"))
    .option("--lr <x>", "peak learning rate (default 3e-4)", num("lr"))
    .option("--qa-questions <n>", "QA demonstrations", num("qa-questions"))
    .option("--math-questions <n>", "math demonstrations", num("math-questions"))
    .option("--mistake-rate <x>", "share of demonstrations with a mistake", num("mistake-rate"))
    .option("--stop-short-rate <x>", "share of three-hop QA demonstrations that answer one hop early (default 0.65)", num("stop-short-rate"))
    .option("--seed <n>", "seed", num("seed"))
    .option("--layers <n>", "decoder layers (default: the preset's)", num("layers"))
    .option("--dim <n>", "model width (default: the preset's)", num("dim"))
    .option("--heads <n>", "attention heads (default: the preset's)", num("heads"))
    .option("--kv-heads <n>", "key/value heads, dividing --heads (default: the preset's)", num("kv-heads"))
    .option("--ffn-dim <n>", "SwiGLU hidden size (default: the preset's)", num("ffn-dim"))
    .action(runAction("pretrain", async (f: { cache: string; preset: string; steps?: number; batchSize?: number; lr?: number; qaQuestions?: number; mathQuestions?: number; mistakeRate?: number; stopShortRate?: number; seed?: number; layers?: number; dim?: number; heads?: number; kvHeads?: number; ffnDim?: number }) => {
      const shape = defined({ layers: f.layers, dim: f.dim, heads: f.heads, kvHeads: f.kvHeads, ffnDim: f.ffnDim });
      const cfg = BasePolicyConfigSchema.parse({ ...defined({ preset: f.preset, steps: f.steps, batchSize: f.batchSize, lr: f.lr, qaQuestions: f.qaQuestions, mathQuestions: f.mathQuestions, mistakeRate: f.mistakeRate, stopShortRate: f.stopShortRate, seed: f.seed }), shape });
      const t0 = performance.now();
      const base = await pretrainBasePolicy(f.cache, cfg, (p) => {
        if (p.message) console.log(`pretrain: ${p.message}`);
        if (p.metrics && (p.metrics.step % 25 === 0 || p.metrics.step === cfg.steps - 1)) console.log(`pretrain: step ${p.metrics.step + 1}/${cfg.steps} loss ${p.metrics["loss/total"].toFixed(3)} ${(p.metrics["perf/tokens"] / (p.metrics["perf/ms"] / 1000)).toFixed(0)} tok/s`);
      });
      console.log(`pretrain: ${base.cached ? "cached" : "trained"} in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${base.dir}`);
    }));
}
