/** `swirl demo`: the README's main command (see src/demo/demo.ts). */
import type { Command } from "commander";
import { runDemo } from "../demo/demo.js";
import { BasePolicyConfigSchema, type BasePolicyConfig } from "../pretrain/base-policy.js";
import { loadCheckedFile, runAction } from "./config.js";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("pretrain the embedded base policy, run SWiRL stages 1 and 2 on the synthetic QA and math worlds, evaluate, and write the report")
    .option("--quick", "toy sizes: the whole pipeline in a couple of minutes", false)
    .option("--out <dir>", "run folder of the demo", "runs/demo")
    .option("--cache <dir>", "where the pretrained base policy is cached", ".cache/swirl")
    .option("--base <file>", "base-policy settings (YAML or JSON, the fields of `swirl pretrain`'s config) over the demo's own")
    .option("--seed <n>", "seed of worlds, sampling and training", (v) => Number.parseInt(v, 10), 1)
    .option("--train-seeds <n>", "training seeds of every stage-2 and SFT run; each Δ is pooled over them (default 3; --quick 2)", (v) => Number.parseInt(v, 10))
    .option("--pretrain-seed <n>", "seed of the base policy's weights and data order (the worlds stay those of --seed): the main claim on another base", (v) => Number.parseInt(v, 10))
    .action(runAction("demo", async (opts: { quick: boolean; out: string; cache: string; base?: string; seed: number; trainSeeds?: number; pretrainSeed?: number }) => {
      const fromFile = opts.base === undefined ? {} : (loadCheckedFile(opts.base, "--base", BasePolicyConfigSchema) as Partial<BasePolicyConfig>);
      for (const [flag, v] of [["--train-seeds", opts.trainSeeds], ["--pretrain-seed", opts.pretrainSeed]] as const) {
        if (v !== undefined && (!Number.isInteger(v) || v < (flag === "--train-seeds" ? 1 : 0))) throw new Error(`${flag} must be a ${flag === "--train-seeds" ? "positive" : "non-negative"} integer, got ${v}`);
      }
      const base = opts.pretrainSeed === undefined ? fromFile : { ...fromFile, modelSeed: opts.pretrainSeed };
      await runDemo({ outDir: opts.out, cacheDir: opts.cache, quick: opts.quick, seed: opts.seed, base, trainSeeds: opts.trainSeeds });
    }));
}
