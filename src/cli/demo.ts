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
    .option("--train-seeds <n>", "stage-2 runs of SWiRL on QA with different training seeds (one seed's gain is noisy; each extra seed adds ~1 min)", (v) => Number.parseInt(v, 10), 1)
    .action(runAction("demo", async (opts: { quick: boolean; out: string; cache: string; base?: string; seed: number; trainSeeds: number }) => {
      const base = opts.base === undefined ? undefined : (loadCheckedFile(opts.base, "--base", BasePolicyConfigSchema) as Partial<BasePolicyConfig>);
      if (!Number.isInteger(opts.trainSeeds) || opts.trainSeeds < 1) throw new Error(`--train-seeds must be a positive integer, got ${opts.trainSeeds}`);
      await runDemo({ outDir: opts.out, cacheDir: opts.cache, quick: opts.quick, seed: opts.seed, base, trainSeeds: opts.trainSeeds });
    }));
}
