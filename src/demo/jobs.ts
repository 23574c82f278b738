/**
 * The demo's independent pieces of work after pretraining, as jobs that run in any thread:
 * stage 1 of a family, a stage-2 run, the SFT baseline, an evaluation, a sampled-reward check.
 * A job names its inputs by what is on disk (the base checkpoint, a run folder, a trained
 * checkpoint) and returns plain data, so two worker threads can run two jobs at once
 * (job-worker.ts): most of each job is single-threaded, and the machine has two cores.
 */
import { existsSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Example, State, Trajectory } from "../types.js";
import { loadModel } from "../model/io.js";
import type { BasePolicyConfig } from "../pretrain/base-policy.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { generate } from "../stages/generate.js";
import { judge } from "../stages/judge.js";
import { filter } from "../stages/filter.js";
import { parseTrajectory, readJsonlRecords, readStates } from "../run/records.js";
import type { FilterCounts, FilterName } from "../filter/filters.js";
import { stopStrings } from "../rollout/prompts.js";
import { DEFAULT_TRAIN, trainSwirl, sampleGroups, type StepMetrics } from "../train/trainer.js";
import { sftBaseline } from "../train/sft-baseline.js";
import { evaluate, type EvalRecord, type EvalSummary } from "../eval/evaluate.js";
import { judgeAgreement, mathOracle, qaOracle, type Agreement } from "../synthetic/oracle.js";
import type { DemoConfig } from "./config.js";
import { demoFamilies, type Family } from "./families.js";

/** What every job needs to rebuild the demo's worlds in its own thread. */
export interface DemoContext {
  readonly outDir: string;
  readonly seed: number;
  readonly cfg: DemoConfig;
  readonly baseCfg: BasePolicyConfig;
  /** The pretrained base policy's checkpoint. */
  readonly baseDir: string;
}

export type FamilyName = Family["name"];

export type DemoJob =
  | { readonly kind: "stage1"; readonly family: FamilyName }
  | { readonly kind: "swirl"; readonly family: FamilyName; readonly filter: FilterName; readonly steps: number; readonly suffix: string; readonly trainSeed: number }
  | { readonly kind: "sft"; readonly family: FamilyName; readonly filter: FilterName; readonly suffix: string; readonly trainSeed: number }
  | { readonly kind: "eval"; readonly name: string; readonly modelDir: string; readonly family: FamilyName; readonly set: "test" | "unseen" }
  | { readonly kind: "reward"; readonly modelDir: string; readonly states: readonly State[] };

export interface Stage1Result {
  readonly total: number;
  readonly errors: number;
  readonly verdicts: number;
  readonly survivors: Record<FilterName, FilterCounts>;
  readonly agreement: Agreement;
}

export interface TrainResult {
  readonly name: string;
  readonly filter: FilterName;
  /** The trained checkpoint. */
  readonly dir: string;
  readonly updates: number;
  readonly metrics: StepMetrics[];
  /** Set when the filter kept nothing and the run trained on the unfiltered states. */
  readonly note?: string;
}

export interface EvalResult {
  readonly records: EvalRecord[];
  readonly summary: EvalSummary;
}

/** Per state, the rewards of its samples. */
export interface RewardResult {
  readonly rewards: number[][];
}

export type JobResult = Stage1Result | TrainResult | EvalResult | RewardResult;

let families: { key: string; value: Family[] } | undefined;

/** The two families, built once per thread (deterministic from the seed and sizes). */
export function familiesOf(ctx: DemoContext): Family[] {
  const key = JSON.stringify([ctx.seed, ctx.cfg.stage1Questions, ctx.cfg.testQuestions, ctx.baseCfg]);
  if (families?.key !== key) {
    const b = ctx.baseCfg;
    families = { key, value: demoFamilies(ctx.seed, ctx.cfg.stage1Questions, ctx.cfg.testQuestions, { world: b.world, hops: b.hops, mathPretrainQuestions: b.mathQuestions, mathSteps: b.mathSteps }) };
  }
  return families.value;
}

const familyOf = (ctx: DemoContext, name: FamilyName): Family => familiesOf(ctx).find((f) => f.name === name)!;
const examplesOf = (fam: Family): Map<string, Example> => new Map([...fam.train, ...fam.test].map((e) => [e.id, e]));

/** The states a filter kept; a weak base (e.g. --quick) may keep none: then all states, with a note. */
function statesOf(ctx: DemoContext, fam: Family, f: FilterName): { states: State[]; note?: string } {
  const states = readStates(join(ctx.outDir, fam.name, `states.${f}.jsonl`));
  if (states.length > 0 || f === "none") return { states };
  return { states: readStates(join(ctx.outDir, fam.name, "states.none.jsonl")), note: `${fam.name}: no trajectory passed the ${f} filter; that run trained on the unfiltered states` };
}

export async function runJob(job: DemoJob, ctx: DemoContext): Promise<JobResult> {
  const { cfg, seed } = ctx;
  switch (job.kind) {
    case "stage1": {
      const fam = familyOf(ctx, job.family);
      const runDir = join(ctx.outDir, fam.name);
      const base = await loadModel(ctx.baseDir);
      // the base policy's weights do not change in stage 1: a conversation's next turn reuses its prefix
      const policy = new EmbeddedPolicy(base.model, base.tokenizer, { name: `embedded:${basename(ctx.baseDir)}`, prefixCache: true });
      const g = await generate({ runDir, policy, examples: fam.train, tools: fam.tools, template: fam.template, samples: cfg.samples, temperature: 1, seed, concurrency: 64, maxActionTokens: 48 });
      const j = await judge({ runDir, examples: fam.train, processJudge: fam.processJudge, outcomeJudge: fam.outcomeJudge, concurrency: 64 });
      const f = await filter({ runDir });
      // the rule judge against oracle labels computed with the answer key, on these trajectories
      const file = join(runDir, "trajectories.jsonl");
      const trajectories: Trajectory[] = readJsonlRecords(file, parseTrajectory);
      const byId = new Map(fam.train.map((e) => [e.id, e]));
      const agreement = await judgeAgreement(trajectories, byId, fam.processJudge, fam.name === "qa" ? (e, m, a) => qaOracle(fam.oracleEnv!, e, m, a) : mathOracle);
      return { total: g.total, errors: g.errors, verdicts: j.total, survivors: f.counts as Record<FilterName, FilterCounts>, agreement };
    }
    case "swirl": {
      const fam = familyOf(ctx, job.family);
      const name = `swirl-${fam.name}-${job.filter}${job.suffix}`;
      const runDir = join(ctx.outDir, fam.name, `train-${job.filter}${job.suffix}`);
      const { model, tokenizer } = await loadModel(ctx.baseDir);
      const { states, note } = statesOf(ctx, fam, job.filter);
      await trainSwirl(
        { runDir, model, tokenizer, states, examples: examplesOf(fam), judge: fam.processJudge },
        { ...DEFAULT_TRAIN, steps: job.steps, statesPerStep: cfg.statesPerStep, lr: cfg.rlLr, warmupSteps: Math.max(1, Math.round(job.steps / 10)), seed: job.trainSeed, balance: cfg.balance, stop: stopStrings(fam.template), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: cfg.samplesPerState, klWeight: cfg.klWeight } },
      );
      return { name, filter: job.filter, dir: join(runDir, "checkpoints", "latest"), updates: job.steps, metrics: readMetrics(join(runDir, "metrics.jsonl")), note };
    }
    case "sft": {
      const fam = familyOf(ctx, job.family);
      const runDir = join(ctx.outDir, fam.name, `train-sft-${job.filter}${job.suffix}`);
      const { model, tokenizer } = await loadModel(ctx.baseDir);
      const { states, note } = statesOf(ctx, fam, job.filter);
      const updates = await sftBaseline(runDir, model, tokenizer, states, { epochs: cfg.sftEpochs, batchSize: 16, lr: cfg.sftLr, seed: job.trainSeed, maxSteps: cfg.rlSteps * 4 });
      return { name: `sft-${fam.name}-${job.filter}${job.suffix}`, filter: job.filter, dir: join(runDir, "checkpoint"), updates, metrics: [], note };
    }
    case "eval": {
      const fam = familyOf(ctx, job.family);
      const { model, tokenizer } = await loadModel(job.modelDir);
      // frozen weights: each rollout's next turn starts from its stored prefix
      const policy = new EmbeddedPolicy(model, tokenizer, { name: job.name, prefixCache: true });
      const task = job.set === "test" ? fam.name : `${fam.name}-unseen`;
      const examples = job.set === "test" ? fam.test : fam.unseenFrames ?? [];
      const r = await evaluate({ policy, examples, tools: fam.tools, template: fam.template, processJudge: fam.processJudge, seed });
      const evalDir = join(ctx.outDir, "eval");
      writeFileSync(join(evalDir, `${job.name}-${task}.json`), JSON.stringify({ policy: job.name, task, ...r.summary }, null, 2) + "\n");
      writeFileSync(join(evalDir, `${job.name}-${task}.jsonl`), r.records.map((x) => JSON.stringify(x)).join("\n") + "\n");
      return r;
    }
    case "reward": {
      const qa = familyOf(ctx, "qa");
      const { model, tokenizer } = await loadModel(job.modelDir);
      const policy = new EmbeddedPolicy(model, tokenizer);
      const groups = await sampleGroups(policy, qa.processJudge, job.states, examplesOf(qa), { ...DEFAULT_TRAIN, steps: 0, stop: stopStrings(qa.template), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 2 } }, "eval");
      return { rewards: groups.map((g) => g.actions.map((a) => a.reward)) };
    }
  }
}

function readMetrics(path: string): StepMetrics[] {
  if (!existsSync(path)) return [];
  return readJsonlRecords(path, (v) => v as StepMetrics);
}
