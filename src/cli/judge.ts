/** `swirl judge`: flags and config onto `judge()` (src/stages/judge.ts). */
import type { Command } from "commander";
import type { Verdict } from "../types.js";
import { buildEnvironment } from "../pipeline/environment.js";
import { judge } from "../stages/judge.js";
import { buildJudges } from "../pipeline/backends.js";
import { TaskConfigSchema } from "../pipeline/task-config.js";
import { JudgeConfigSchema } from "../pipeline/backend-config.js";
import { RunFolder } from "../run/run-folder.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import { VerdictSchema } from "../run/records.js";
import { numberFlag, resolveConfig, runAction, withJudgeKind } from "./config.js";
import { progressReporter } from "./progress.js";
import { formatCounts } from "../run/failures.js";

export interface JudgeFlags {
  config?: string;
  run?: string;
  judge?: "rule" | "llm";
  checkpoint?: string;
  baseUrl?: string[];
  model?: string;
  apiKeyEnv?: string;
  votes?: number;
  temperature?: number;
  process?: boolean;
  outcome?: "judge" | "rule" | "off";
  concurrency?: number;
  attempts?: number;
}

export async function judgeCommand(flags: JudgeFlags): Promise<void> {
  const { runDir, config } = resolveConfig({
    configFile: flags.config,
    runFlag: flags.run,
    flags: {
      judge: {
        kind: flags.judge, checkpoint: flags.checkpoint, baseURLs: flags.baseUrl, model: flags.model, apiKeyEnv: flags.apiKeyEnv,
        votes: flags.votes, temperature: flags.temperature, process: flags.process === false ? false : undefined,
        outcome: flags.outcome, concurrency: flags.concurrency, attempts: flags.attempts,
      },
    },
  });
  if (!config.task) throw new Error(`no task: ${runDir} has no recorded task (run generate first) and the --config file sets none`);
  const task = TaskConfigSchema.parse(config.task);
  const judgeConfig = JudgeConfigSchema.parse(withJudgeKind(config.judge));
  const env = await buildEnvironment(task);
  await env.close(); // judging calls no tool
  const run = RunFolder.open(runDir);
  const cache = judgeConfig.kind === "llm" ? JsonlStore.open<Verdict>(run.path("judgeCache"), VerdictSchema) : undefined;
  const failures = run.failureLog("judge");
  const judges = await buildJudges(judgeConfig, env.ruleJudge, cache ?? { get: () => undefined, set: async () => {} }, task.kind, failures.onPolicyFailure);
  const progress = progressReporter("judge");
  try {
    const r = await judge({
      runDir,
      examples: [...env.examples.train, ...env.examples.test],
      processJudge: judges.processJudge,
      outcomeJudge: judges.outcomeJudge,
      concurrency: judgeConfig.concurrency,
      attempts: judgeConfig.attempts,
      config: { judge: judgeConfig },
      failures,
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(`judge: ${r.total} verdicts (${r.skipped} already done, ${r.judged} written, ${r.errors} failed), ${formatCounts(r.counts)}, ${(r.ms / 1000).toFixed(1)} s -> ${r.file}`);
    if (r.counts.failures > 0) console.log(`judge: ${r.counts.failures} failed attempts are listed in ${run.path("failures")}`);
    if (r.errors > 0) console.log(`judge: ${r.errors} items kept failing and were recorded as errors; run again to retry only those`);
  } finally {
    progress.stop();
    cache?.close();
    await judges.policy?.close?.();
  }
}

export function registerJudge(program: Command): void {
  const num = numberFlag;
  program
    .command("judge")
    .description("label every step (process) and final answer (outcome) of <run>/trajectories.jsonl into verdicts.jsonl (resumable)")
    .option("--config <file>", "YAML or JSON config (sections: run, task, judge); flags override it")
    .option("--run <dir>", "run folder written by `swirl generate`")
    .option("--judge <kind>", "rule (the task's rule judges) | llm (a model with the paper's criteria); default rule")
    .option("--checkpoint <dir>", "llm judge: an embedded checkpoint")
    .option("--base-url <url...>", "llm judge: OpenAI-compatible base URL(s)")
    .option("--model <name>", "llm judge: model name")
    .option("--api-key-env <var>", "llm judge: environment variable holding the API key")
    .option("--votes <k>", "llm judge: k samples per verdict, majority wins (default 1)", num("votes"))
    .option("--temperature <t>", "llm judge: sampling temperature (default 0, or 0.7 with votes)", num("temperature"))
    .option("--no-process", "skip process (step) labels")
    .option("--outcome <how>", "outcome labels by: judge | rule (the task's metric) | off (default judge)")
    .option("--concurrency <n>", "judge calls in flight (default 8)", num("concurrency"))
    .option("--attempts <n>", "tries per item before an error record (default 3)", num("attempts"))
    .action(runAction("judge", judgeCommand));
}
