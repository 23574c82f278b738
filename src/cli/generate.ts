/** `swirl generate`: flags and config onto `generate()` (src/stages/generate.ts). */
import type { Command } from "commander";
import { buildEnvironment } from "../pipeline/environment.js";
import { generate } from "../stages/generate.js";
import { buildPolicy } from "../pipeline/backends.js";
import { existsSync, statSync } from "node:fs";
import { TaskConfigSchema, type TaskConfig } from "../pipeline/task-config.js";
import { RunFolder } from "../run/run-folder.js";
import { canonicalJson } from "../run/kv.js";
import { PolicyConfigSchema } from "../pipeline/backend-config.js";
import { GenerateSectionSchema, numberFlag, resolveConfig, runAction } from "./config.js";
import { progressReporter } from "./progress.js";
import { formatCounts } from "../run/failures.js";

export interface GenerateFlags {
  config?: string;
  run?: string;
  task?: string;
  checkpoint?: string;
  baseUrl?: string[];
  model?: string;
  apiKeyEnv?: string;
  split?: "train" | "test";
  limit?: number;
  samples?: number;
  temperature?: number;
  seed?: string;
  concurrency?: number;
  maxActionTokens?: number;
  cache?: boolean;
}

export async function generateCommand(flags: GenerateFlags): Promise<void> {
  const policyFlags = flags.checkpoint
    ? { kind: "embedded", checkpoint: flags.checkpoint }
    : { kind: flags.baseUrl ? "http" : undefined, baseURLs: flags.baseUrl, model: flags.model, apiKeyEnv: flags.apiKeyEnv };
  const { runDir, config } = resolveConfig({
    configFile: flags.config,
    runFlag: flags.run,
    flags: {
      task: flags.task ? { kind: flags.task } : undefined,
      policy: policyFlags,
      generate: {
        split: flags.split, limit: flags.limit, samples: flags.samples, temperature: flags.temperature,
        seed: flags.seed === undefined ? undefined : /^-?\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed,
        concurrency: flags.concurrency, maxActionTokens: flags.maxActionTokens, cache: flags.cache === false ? false : undefined,
      },
    },
  });
  if (!config.task) throw new Error("no task: set `task:` in the --config file or pass --task");
  if (!config.policy) throw new Error("no policy: set `policy:` in the --config file, or pass --checkpoint or --base-url");
  const task = TaskConfigSchema.parse(config.task);
  const policyConfig = PolicyConfigSchema.parse(config.policy);
  const g = GenerateSectionSchema.parse(config.generate ?? {});

  refuseOtherTask(runDir, task);
  const env = await buildEnvironment(task, { split: g.split, template: policyConfig.kind === "embedded" ? "embedded" : "full" });
  const examples = env.examples[g.split].slice(0, g.limit);
  if (examples.length === 0) throw new Error(`task ${task.kind} has no ${g.split} questions`);
  const failures = RunFolder.open(runDir).failureLog("generate");
  const { policy, identity } = await buildPolicy(policyConfig, "generate", failures.onPolicyFailure);
  const progress = progressReporter("generate");
  try {
    const r = await generate({
      runDir, policy, policyIdentity: identity, examples, tools: env.tools, template: env.template, format: env.format,
      samples: g.samples, temperature: g.temperature, seed: g.seed, concurrency: g.concurrency, maxActionTokens: g.maxActionTokens, cache: g.cache,
      config: { task, policy: policyConfig, generate: g },
      failures,
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(
      `generate: ${r.total} trajectories (${r.skipped} already done, ${r.generated} written, ${r.errors} failed), ` +
        `${formatCounts(r.counts)}, ${(r.ms / 1000).toFixed(1)} s -> ${r.file}`,
    );
    if (r.counts.failures > 0) console.log(`generate: ${r.counts.failures} failed attempts are listed in ${RunFolder.open(runDir).path("failures")}`);
    if (r.errors > 0) console.log(`generate: ${r.errors} trajectories hit a failed model call; run again to retry them`);
  } finally {
    progress.stop();
    await policy.close?.();
    await env.close();
  }
}

/** Trajectory ids name questions by index: mixing two task configs in one run folder would mix their questions. */
function refuseOtherTask(runDir: string, task: TaskConfig): void {
  const run = RunFolder.open(runDir);
  const recorded = run.readConfig().task;
  if (recorded === undefined || !existsSync(run.path("trajectories")) || statSync(run.path("trajectories")).size === 0) return;
  if (canonicalJson(TaskConfigSchema.parse(recorded)) !== canonicalJson(task)) {
    throw new Error(`${runDir} holds trajectories of another task config (${run.path("config")}); use a new --run folder`);
  }
}

export function registerGenerate(program: Command): void {
  const num = numberFlag;
  program
    .command("generate")
    .description("sample multi-step trajectories with a policy and live tools into <run>/trajectories.jsonl (resumable)")
    .option("--config <file>", "YAML or JSON config (sections: run, task, policy, generate); flags override it")
    .option("--run <dir>", "run folder (created when absent; its config.json is reused on resume)")
    .option("--task <kind>", "task kind with default sizes: synthetic-qa | synthetic-math (others need a config)")
    .option("--checkpoint <dir>", "embedded policy: a checkpoint folder")
    .option("--base-url <url...>", "HTTP policy: OpenAI-compatible base URL(s), e.g. http://127.0.0.1:8000/v1")
    .option("--model <name>", "HTTP policy: model name (default: the server's first model)")
    .option("--api-key-env <var>", "HTTP policy: environment variable holding the API key")
    .option("--split <split>", "questions of this split: train | test (default train)")
    .option("--limit <n>", "at most n questions", num("limit"))
    .option("--samples <n>", "trajectories per question (default 5)", num("samples"))
    .option("--temperature <t>", "sampling temperature (default 1)", num("temperature"))
    .option("--seed <seed>", "base seed of every request (default 0)")
    .option("--concurrency <n>", "rollouts in flight (default 16)", num("concurrency"))
    .option("--max-action-tokens <n>", "cap on one action's tokens (default 64)", num("max-action-tokens"))
    .option("--no-cache", "do not cache completions (a resume then re-pays unfinished trajectories)")
    .action(runAction("generate", generateCommand));
}
