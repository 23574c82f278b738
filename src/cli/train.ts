/**
 * `swirl train`: stage 2 on a run folder's filtered states (src/train/trainer.ts), or the SFT
 * baseline (`--method sft`). The task and the judge come from what the run recorded, the
 * initial policy from --checkpoint (default: the run's embedded policy). Options are the
 * `train:` section of the config (src/train/options.ts), flags on top; a resume layers what the
 * training folder recorded underneath, and refuses a change.
 */
import type { Command } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel, saveModel } from "../model/io.js";
import { FILTERS } from "../filter/filters.js";
import { buildEnvironment } from "../pipeline/environment.js";
import { buildJudges } from "../pipeline/backends.js";
import { TaskConfigSchema } from "../pipeline/task-config.js";
import { JudgeConfigSchema } from "../pipeline/backend-config.js";
import { RunFolder } from "../run/run-folder.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import { VerdictSchema } from "../run/records.js";
import { formatCounts } from "../run/failures.js";
import { acquireRunLock } from "../run/lock.js";
import { stopStrings } from "../rollout/prompts.js";
import { trainSwirl } from "../train/trainer.js";
import { TrainSectionSchema, type TrainSection } from "../train/options.js";
import { sftBaseline } from "../train/sft-baseline.js";
import { STATE_BALANCES } from "../train/state-sampler.js";
import type { Verdict } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import { JudgeError } from "../errors/judge-error.js";
import { defined, numberFlag, resolveConfig, runAction, withJudgeKind, type Resolved } from "./config.js";

interface TrainFlags {
  run?: string;
  config?: string;
  filter?: string;
  method?: string;
  checkpoint?: string;
  out?: string;
  steps?: number;
  statesPerStep?: number;
  samples?: number;
  lr?: number;
  kl?: number;
  baseline?: string;
  normalizeStd?: boolean;
  temperature?: number;
  epochs?: number;
  seed?: number;
  balance?: string;
  checkpointEvery?: number;
  checkpointSeconds?: number;
}

/** The train section the flags set (unset flags left out, so lower layers show through). */
function trainFlags(f: TrainFlags): Record<string, unknown> {
  const objective = defined({ samplesPerState: f.samples, klWeight: f.kl, baseline: f.baseline, normalizeStd: f.normalizeStd });
  return {
    method: f.method, filter: f.filter, steps: f.steps, statesPerStep: f.statesPerStep, lr: f.lr, temperature: f.temperature,
    epochs: f.epochs, seed: f.seed, balance: f.balance, checkpointEvery: f.checkpointEvery, checkpointSeconds: f.checkpointSeconds,
    ...(objective ? { objective } : {}),
  };
}

const TRAIN_KEYS = Object.keys(TrainSectionSchema.shape);

/** The train section an earlier start in `out` recorded (train-config.json), if any. */
function recordedSection(out: string): Record<string, unknown> | undefined {
  const file = join(out, "train-config.json");
  if (!existsSync(file)) return undefined;
  const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => TRAIN_KEYS.includes(k)));
}

function resolveTrain(f: TrainFlags): { resolved: Resolved; section: TrainSection; out: string } {
  const layers = (below?: Record<string, unknown>) => resolveConfig({ configFile: f.config, runFlag: f.run, flags: { train: trainFlags(f) }, below: { train: below } });
  let resolved = layers();
  let section = TrainSectionSchema.parse(resolved.config.train ?? {});
  const out = f.out ?? join(resolved.runDir, `train-${section.method}-${section.filter}`);
  const recorded = recordedSection(out);
  if (recorded) {
    resolved = layers(recorded);
    section = TrainSectionSchema.parse(resolved.config.train ?? {});
  }
  return { resolved, section, out };
}

async function trainCommand(f: TrainFlags): Promise<void> {
  const { resolved: { runDir, config }, section: s, out } = resolveTrain(f);
  if (!config.task) throw new Error(`${runDir} records no task: run \`swirl generate\` first`);
  const checkpoint = f.checkpoint ?? (config.policy?.kind === "embedded" ? config.policy.checkpoint : undefined);
  if (!checkpoint) throw new Error("no initial policy: pass --checkpoint <dir> (the run's policy is not an embedded checkpoint)");
  const task = TaskConfigSchema.parse(config.task);
  const env = await buildEnvironment(task, { template: "embedded" });
  await env.close(); // stage 2 samples one action per state and calls no tool
  const run = RunFolder.open(runDir);
  const states = run.readStates(s.filter);
  const { model, tokenizer } = await loadModel(checkpoint);
  console.log(`train: ${s.method} on ${states.length} states (${s.filter} filter) from ${checkpoint} -> ${out}`);
  if (s.method === "sft") {
    const lock = acquireRunLock(out, "train");
    try {
      const steps = await sftBaseline(out, model, tokenizer, states, { epochs: s.epochs, batchSize: 16, lr: s.lr, seed: s.seed });
      await saveModel(join(out, "final"), model, tokenizer);
      console.log(`train: sft finished after ${steps} updates -> ${join(out, "final")}`);
    } finally {
      lock.release();
    }
    return;
  }
  const judgeConfig = JudgeConfigSchema.parse(withJudgeKind(config.judge));
  // the run's verdict cache, shared with `swirl judge`: a resumed run asks the judge nothing twice
  const cache = judgeConfig.kind === "llm" ? JsonlStore.open<Verdict>(run.path("judgeCache"), VerdictSchema) : undefined;
  const failures = run.failureLog("train");
  const judges = await buildJudges(judgeConfig, env.ruleJudge, cache ?? { get: () => undefined, set: async () => {} }, task.kind, failures.onPolicyFailure);
  if (!judges.processJudge) throw new Error("train: the judge config gives no process judge");
  const stats = judges.processJudge as { hits?: number; misses?: number };
  const inner = judges.processJudge;
  // a verdict that failed for good ends the run; it is recorded first
  const processJudge: ProcessJudge = {
    name: inner.name,
    judgeStep: (x) => inner.judgeStep(x).catch((e: unknown) => {
      const j = JudgeError.isInstance(e) ? e : undefined;
      failures.record({ source: "judge", endpoint: j?.judge ?? inner.name, attempt: j?.attempts ?? 1, kind: j?.problem ?? "error", status: 0, willRetry: false, problem: (e as Error).message });
      throw e;
    }),
  };
  const counts = () => ({ requests: stats.misses ?? 0, retries: failures.retries, failures: failures.failures, cacheHits: stats.hits ?? 0 });
  const t0 = performance.now();
  run.log.write({ stage: "train", event: "start", out, steps: s.steps });
  try {
    const { method: _m, filter: _f, epochs: _e, ...options } = s;
    await trainSwirl(
      { runDir: out, model, tokenizer, states, examples: new Map([...env.examples.train, ...env.examples.test].map((e) => [e.id, e])), judge: processJudge,
        record: { method: s.method, filter: s.filter, checkpoint },
        onStep: (m) => console.log(`step ${m.step + 1}/${s.steps} reward ${m["reward/mean"].toFixed(3)} (${(100 * m["reward/all_equal"]).toFixed(0)}% of groups all equal) kl ${m["kl/mean"].toFixed(4)} loss ${m["loss/total"].toFixed(4)} ${m["perf/tokens_per_s"].toFixed(0)} tok/s ${(m["perf/ms"] / 1000).toFixed(1)} s`) },
      { ...options, stop: stopStrings(env.template) },
    );
    await saveModel(join(out, "final"), model, tokenizer);
  } catch (e) {
    run.log.write({ stage: "train", event: "failed", out, error: (e as Error).message, ...counts() });
    throw e;
  } finally {
    cache?.close();
    await judges.policy?.close?.();
  }
  const ms = Math.round(performance.now() - t0);
  run.log.write({ stage: "train", event: "finish", out, ms, ...counts() });
  console.log(`train: finished in ${(ms / 1000).toFixed(0)} s, judge ${formatCounts(counts())} -> ${join(out, "final")} (metrics in ${join(out, "metrics.jsonl")})`);
  if (failures.failures > 0) console.log(`train: ${failures.failures} failed attempts are listed in ${run.path("failures")}`);
}

export function registerTrain(program: Command): void {
  const num = numberFlag;
  const d = TrainSectionSchema.parse({});
  program
    .command("train")
    .description("stage 2: step-wise RL on a run's filtered states (or --method sft); resumes from the last checkpoint")
    .option("--run <dir>", "run folder with states.<filter>.jsonl (from `swirl filter`)")
    .option("--config <file>", "YAML or JSON config (run, task, policy, judge, train sections); flags override it")
    .option("--filter <name>", `state set: ${FILTERS.join(" | ")} (default ${d.filter})`)
    .option("--method <name>", `swirl (RL, the paper's stage 2) | sft (the baseline) (default ${d.method})`)
    .option("--checkpoint <dir>", "initial policy (default: the run's embedded policy)")
    .option("--out <dir>", "where checkpoints and metrics go (default <run>/train-<method>-<filter>)")
    .option("--steps <n>", `updates (default ${d.steps})`, num("steps"))
    .option("--states-per-step <n>", `states per update (default ${d.statesPerStep})`, num("states-per-step"))
    .option("--samples <n>", `G: fresh actions per state (default ${d.objective.samplesPerState})`, num("samples"))
    .option("--lr <x>", `peak learning rate (default ${d.lr})`, num("lr"))
    .option("--kl <x>", `β: KL weight to the initial policy (default ${d.objective.klWeight})`, num("kl"))
    .option("--baseline <kind>", `group-mean | leave-one-out | none (default ${d.objective.baseline})`)
    .option("--normalize-std", "divide advantages by the group's std")
    .option("--temperature <x>", `sampling temperature of fresh actions (default ${d.temperature})`, num("temperature"))
    .option("--epochs <n>", `sft: passes over the states (default ${d.epochs})`, num("epochs"))
    .option("--seed <n>", `seed of data order and sampling (default ${d.seed})`, num("seed"))
    .option("--balance <kind>", `how updates draw states: ${STATE_BALANCES.join(" | ")} (none: uniform over T; trajectory-length: each length in turn; question: each question alike; trajectory-length+question: a question within each length; default ${d.balance})`)
    .option("--checkpoint-every <n>", `save a checkpoint every n updates (default ${d.checkpointEvery})`, num("checkpoint-every"))
    .option("--checkpoint-seconds <s>", `also save when this long has passed since the last save (default ${d.checkpointSeconds})`, num("checkpoint-seconds"))
    .action(runAction("train", trainCommand));
}
