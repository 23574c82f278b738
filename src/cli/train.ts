/**
 * `swirl train`: stage 2 on a run folder's filtered states (src/train/trainer.ts), or the SFT
 * baseline (`--method sft`). The task and the judge come from what the run recorded, the
 * initial policy from --checkpoint (default: the run's embedded policy).
 */
import type { Command } from "commander";
import { join } from "node:path";
import { loadModel, saveModel } from "../model/io.js";
import { readStates } from "../export/index.js";
import { FILTERS, type FilterName } from "../filter/filters.js";
import { buildEnvironment } from "../pipeline/environment.js";
import { buildJudges } from "../pipeline/backends.js";
import { TaskConfigSchema } from "../pipeline/task-config.js";
import { JudgeConfigSchema } from "../pipeline/backend-config.js";
import { RunFolder } from "../run/run-folder.js";
import { MemoryStore } from "../run/kv.js";
import { stopStrings } from "../rollout/prompts.js";
import { DEFAULT_TRAIN, trainSwirl } from "../train/trainer.js";
import { sftBaseline } from "../train/sft-baseline.js";
import { STATE_BALANCES, type StateBalance } from "../train/state-sampler.js";
import { numberFlag, resolveConfig, runAction, withJudgeKind } from "./config.js";

interface TrainFlags {
  run?: string;
  config?: string;
  filter: string;
  method: string;
  checkpoint?: string;
  out?: string;
  steps: number;
  statesPerStep: number;
  samples: number;
  lr: number;
  kl: number;
  baseline: string;
  normalizeStd: boolean;
  temperature: number;
  epochs: number;
  seed: number;
  balance: string;
}

async function trainCommand(f: TrainFlags): Promise<void> {
  if (!(FILTERS as readonly string[]).includes(f.filter)) throw new Error(`--filter must be one of ${FILTERS.join(", ")}`);
  if (f.method !== "swirl" && f.method !== "sft") throw new Error("--method must be swirl or sft");
  if (!["group-mean", "leave-one-out", "none"].includes(f.baseline)) throw new Error("--baseline must be group-mean, leave-one-out or none");
  if (!(STATE_BALANCES as readonly string[]).includes(f.balance)) throw new Error(`--balance must be one of ${STATE_BALANCES.join(", ")}`);
  const { runDir, config } = resolveConfig({ configFile: f.config, runFlag: f.run, flags: {} });
  if (!config.task) throw new Error(`${runDir} records no task: run \`swirl generate\` first`);
  const checkpoint = f.checkpoint ?? (config.policy?.kind === "embedded" ? config.policy.checkpoint : undefined);
  if (!checkpoint) throw new Error("no initial policy: pass --checkpoint <dir> (the run's policy is not an embedded checkpoint)");
  const task = TaskConfigSchema.parse(config.task);
  const env = await buildEnvironment(task, { template: "embedded" });
  const states = readStates(RunFolder.open(runDir).statesPath(f.filter as FilterName));
  const { model, tokenizer } = await loadModel(checkpoint);
  const out = f.out ?? join(runDir, `train-${f.method}-${f.filter}`);
  console.log(`train: ${f.method} on ${states.length} states (${f.filter} filter) from ${checkpoint} -> ${out}`);
  if (f.method === "sft") {
    const steps = await sftBaseline(out, model, tokenizer, states, { epochs: f.epochs, batchSize: 16, lr: f.lr, seed: f.seed });
    await saveModel(join(out, "final"), model, tokenizer);
    console.log(`train: sft finished after ${steps} updates -> ${join(out, "final")}`);
    return;
  }
  const judges = await buildJudges(JudgeConfigSchema.parse(withJudgeKind(config.judge)), env.ruleJudge, new MemoryStore(), task.kind);
  if (!judges.processJudge) throw new Error("train: the judge config gives no process judge");
  const t0 = performance.now();
  await trainSwirl(
    { runDir: out, model, tokenizer, states, examples: new Map([...env.examples.train, ...env.examples.test].map((e) => [e.id, e])), judge: judges.processJudge,
      onStep: (m) => console.log(`step ${m.step + 1}/${f.steps} reward ${m.reward.toFixed(3)} kl ${m.kl.toFixed(4)} loss ${m.loss.toFixed(4)} ${m.tokens_per_s.toFixed(0)} tok/s ${(m.ms / 1000).toFixed(1)} s`) },
    { ...DEFAULT_TRAIN, steps: f.steps, statesPerStep: f.statesPerStep, lr: f.lr, temperature: f.temperature, seed: f.seed, stop: stopStrings(env.template), balance: f.balance as StateBalance,
      objective: { samplesPerState: f.samples, klWeight: f.kl, baseline: f.baseline as "group-mean", normalizeStd: f.normalizeStd } },
  );
  await saveModel(join(out, "final"), model, tokenizer);
  await judges.policy?.close?.();
  console.log(`train: finished in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${join(out, "final")} (metrics in ${join(out, "metrics.jsonl")})`);
}

export function registerTrain(program: Command): void {
  const num = numberFlag;
  program
    .command("train")
    .description("stage 2: step-wise RL on a run's filtered states (or --method sft); resumes from the last checkpoint")
    .option("--run <dir>", "run folder with states.<filter>.jsonl (from `swirl filter`)")
    .option("--config <file>", "YAML or JSON config (run, task, policy, judge sections)")
    .option("--filter <name>", `state set: ${FILTERS.join(" | ")}`, "process")
    .option("--method <name>", "swirl (RL, the paper's stage 2) | sft (the baseline)", "swirl")
    .option("--checkpoint <dir>", "initial policy (default: the run's embedded policy)")
    .option("--out <dir>", "where checkpoints and metrics go (default <run>/train-<method>-<filter>)")
    .option("--steps <n>", "updates", num("steps"), 60)
    .option("--states-per-step <n>", "states per update", num("states-per-step"), DEFAULT_TRAIN.statesPerStep)
    .option("--samples <n>", "G: fresh actions per state", num("samples"), DEFAULT_TRAIN.objective.samplesPerState)
    .option("--lr <x>", "peak learning rate", num("lr"), DEFAULT_TRAIN.lr)
    .option("--kl <x>", "β: KL weight to the initial policy", num("kl"), DEFAULT_TRAIN.objective.klWeight)
    .option("--baseline <kind>", "group-mean | leave-one-out | none", DEFAULT_TRAIN.objective.baseline)
    .option("--normalize-std", "divide advantages by the group's std", false)
    .option("--temperature <x>", "sampling temperature of fresh actions", num("temperature"), DEFAULT_TRAIN.temperature)
    .option("--epochs <n>", "sft: passes over the states", num("epochs"), 2)
    .option("--seed <n>", "seed of data order and sampling", num("seed"), 0)
    .option("--balance <kind>", `how updates draw states: ${STATE_BALANCES.join(" | ")} (by trajectory length: each length in turn)`, DEFAULT_TRAIN.balance)
    .action(runAction("train", trainCommand));
}
