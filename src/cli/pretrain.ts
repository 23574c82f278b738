/** `swirl pretrain`: trains (or loads from cache) the embedded base policy (src/pretrain/base-policy.ts). */
import type { Command } from "commander";
import { pretrainBasePolicy, BasePolicyConfigSchema } from "../pretrain/base-policy.js";
import { numberFlag, runAction } from "./config.js";

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
    .action(runAction("pretrain", async (f: { cache: string; preset: string; steps?: number; batchSize?: number; lr?: number; qaQuestions?: number; mathQuestions?: number; mistakeRate?: number; stopShortRate?: number; seed?: number }) => {
      const cfg = BasePolicyConfigSchema.parse(Object.fromEntries(Object.entries({ preset: f.preset, steps: f.steps, batchSize: f.batchSize, lr: f.lr, qaQuestions: f.qaQuestions, mathQuestions: f.mathQuestions, mistakeRate: f.mistakeRate, stopShortRate: f.stopShortRate, seed: f.seed }).filter(([, v]) => v !== undefined)));
      const t0 = performance.now();
      const base = await pretrainBasePolicy(f.cache, cfg, (p) => {
        if (p.message) console.log(`pretrain: ${p.message}`);
        if (p.metrics && (p.metrics.step % 25 === 0 || p.metrics.step === cfg.steps - 1)) console.log(`pretrain: step ${p.metrics.step + 1}/${cfg.steps} loss ${p.metrics["loss/total"].toFixed(3)} ${(p.metrics["perf/tokens"] / (p.metrics["perf/ms"] / 1000)).toFixed(0)} tok/s`);
      });
      console.log(`pretrain: ${base.cached ? "cached" : "trained"} in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${base.dir}`);
    }));
}
