/**
 * `swirl eval`: multi-step evaluation of a policy on a task's held-out questions with live
 * tools (src/eval/evaluate.ts); per-question JSONL and a summary; `--compare` runs a paired
 * bootstrap against another evaluation's JSONL.
 */
import type { Command } from "commander";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildEnvironment } from "../pipeline/environment.js";
import { buildPolicy } from "../pipeline/backends.js";
import { TaskConfigSchema } from "../pipeline/task-config.js";
import { PolicyConfigSchema } from "../pipeline/backend-config.js";
import { compareRuns, evaluate, noToolTemplate, type EvalRecord } from "../eval/evaluate.js";
import { readJsonlRecords } from "../run/records.js";
import { delta, interval } from "../demo/tables.js";
import { numberFlag, resolveConfig, runAction } from "./config.js";

interface EvalFlags {
  run?: string;
  config?: string;
  checkpoint?: string;
  split: "train" | "test";
  limit?: number;
  temperature: number;
  noTools: boolean;
  processJudge: boolean;
  out: string;
  compare?: string;
  concurrency: number;
}

async function evalCommand(f: EvalFlags): Promise<void> {
  const { config } = resolveConfig({ configFile: f.config, runFlag: f.run ?? ".", flags: f.checkpoint ? { policy: { kind: "embedded", checkpoint: f.checkpoint } } : {} });
  if (!config.task) throw new Error("no task: pass --run <dir> of a generated run or --config with a task section");
  if (!config.policy) throw new Error("no policy: pass --checkpoint <dir> or a config with a policy section");
  const task = TaskConfigSchema.parse(config.task);
  const policyConfig = PolicyConfigSchema.parse(config.policy);
  const env = await buildEnvironment(task, { split: f.split, template: policyConfig.kind === "embedded" ? "embedded" : "full" });
  const examples = env.examples[f.split].slice(0, f.limit);
  const { policy } = await buildPolicy(policyConfig, "eval");
  const r = await evaluate({
    policy, examples, tools: f.noTools ? new Map() : env.tools, template: f.noTools ? noToolTemplate(env.template) : env.template, format: env.format,
    temperature: f.temperature, concurrency: f.concurrency, processJudge: f.processJudge ? env.ruleJudge.process : undefined,
    onDone: (d, n) => { if (d % 50 === 0 || d === n) process.stderr.write(`eval: ${d}/${n}\n`); },
  }).finally(async () => {
    await policy.close?.();
    await env.close();
  });
  mkdirSync(dirname(f.out), { recursive: true });
  writeFileSync(f.out, r.records.map((x) => JSON.stringify(x)).join("\n") + "\n");
  writeFileSync(f.out.replace(/\.jsonl$/, "") + ".summary.json", JSON.stringify(r.summary, null, 2) + "\n");
  const s = r.summary;
  console.log(`accuracy ${interval(s.accuracy)} (n=${s.n})  EM ${s.em.toFixed(3)}  F1 ${s.f1.toFixed(3)}${s.numeric !== undefined ? `  numeric match ${s.numeric.toFixed(3)}` : ""}  steps ${s.meanSteps.toFixed(2)}  tool calls ${s.meanToolCalls.toFixed(2)}`);
  console.log(`stops ${JSON.stringify(s.stops)}${s.meanProcessLabel ? `  mean process label ${interval(s.meanProcessLabel)}` : ""}`);
  if (f.compare) {
    if (!existsSync(f.compare)) throw new Error(`--compare: no such file: ${f.compare}`);
    const other = readJsonlRecords(f.compare, (v) => v as EvalRecord);
    console.log(`vs ${f.compare}: Δ accuracy ${delta(compareRuns(other, r.records))} (paired bootstrap, this − other)`);
  }
  console.log(`eval: ${f.out}`);
}

export function registerEval(program: Command): void {
  const num = numberFlag;
  program
    .command("eval")
    .description("evaluate a policy with live tools on a task's questions: accuracy with 95% intervals, steps, stop reasons, process labels")
    .option("--run <dir>", "a run folder whose recorded task (and policy) to use")
    .option("--config <file>", "YAML or JSON config (task, policy sections)")
    .option("--checkpoint <dir>", "evaluate this embedded checkpoint")
    .option("--split <name>", "train | test", "test")
    .option("--limit <n>", "at most this many questions", num("limit"))
    .option("--temperature <x>", "0 = greedy", num("temperature"), 0)
    .option("--no-tools", "the no-tool condition: answer directly")
    .option("--process-judge", "label every step with the task's rule judge (mean process label)", false)
    .option("--out <file>", "per-question results (JSONL); the summary goes beside it", "eval/results.jsonl")
    .option("--compare <file>", "another eval's JSONL: paired bootstrap of the accuracy difference")
    .option("--concurrency <n>", "rollouts in flight", num("concurrency"), 64)
    .action(runAction("eval", evalCommand));
}
