/**
 * The embedded step-wise RL trainer (`swirl train`), in the shape of nanoGPT's train.py:
 * state → fresh actions → judge rewards → objective → AdamW step → metrics → checkpoint.
 * Resumable: `checkpoints/latest` holds weights, optimizer moments, the step and the options
 * (also in train-config.json, checked on resume); saved every `checkpointEvery` updates and
 * whenever `checkpointSeconds` have passed since the last save; the frozen
 * reference policy is `checkpoints/initial`; data order is a function of (seed, step), so a
 * resumed run sees the same minibatches as an uninterrupted one.
 */
import { existsSync, readFileSync, appendFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { AdamW, Arena, clipGradNorm, learningRate } from "../engine/index.js";
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { cloneModel, loadModel, saveModel } from "../model/io.js";
import type { TensorMap } from "../model/safetensors.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { renderPrompt } from "../model/chat.js";
import { hideAnswers, type ProcessJudge } from "../judge/judge.js";
import type { Example, State } from "../types.js";
import { allEqualShare, type StepMetrics } from "./metrics.js";
import { stateSampler } from "./state-sampler.js";
import { swirlLoss, type Group } from "./objective.js";
import { DURABILITY_FIELDS, TrainSectionSchema, type TrainOptions } from "./options.js";
import { recoverCheckpoint } from "../model/checkpoint.js";
import { AppendStore } from "../run/append-store.js";
import { jsonLines, writeFileAtomic, writeJsonAtomic } from "../run/atomic.js";
import { canonicalJson } from "../run/kv.js";
import { acquireRunLock } from "../run/lock.js";

export type { TrainOptions } from "./options.js";

const { steps: _steps, method: _method, filter: _filter, epochs: _epochs, ...defaults } = TrainSectionSchema.parse({});
/** Every option's default but the run length and the template's stop strings (defaults live in TrainSectionSchema). */
export const DEFAULT_TRAIN: Omit<TrainOptions, "steps" | "stop"> = defaults;

export type { StepMetrics } from "./metrics.js";

export interface TrainInputs {
  readonly runDir: string;
  readonly model: Model;
  readonly tokenizer: Tokenizer;
  readonly states: readonly State[];
  readonly examples: ReadonlyMap<string, Example>;
  readonly judge: ProcessJudge;
  /** Called after each update (and after its checkpoint, when one is due). */
  readonly onStep?: (m: StepMetrics) => void;
  /** Recorded beside the options in train-config.json (e.g. the filter and the initial checkpoint), checked the same way on resume. */
  readonly record?: Readonly<Record<string, unknown>>;
}

function optimizerTensors(opt: AdamW): TensorMap {
  const m: TensorMap = new Map();
  const { m: ms, v: vs } = opt.exportState();
  opt.params().forEach((p, i) => {
    m.set(`m.${p.name}`, { shape: [...p.shape], data: ms[i] });
    m.set(`v.${p.name}`, { shape: [...p.shape], data: vs[i] });
  });
  return m;
}

/** Samples G actions for each state with the current policy and scores them with the judge. `step` seeds the samples: an update number, or "eval" for held-out measurements. */
export async function sampleGroups(policy: EmbeddedPolicy, judge: ProcessJudge, states: readonly State[], examples: ReadonlyMap<string, Example>, o: TrainOptions, step: number | "eval"): Promise<Group[]> {
  const G = o.objective.samplesPerState;
  return Promise.all(states.map(async (s) => {
    const example = examples.get(s.exampleId);
    if (!example) throw new Error(`train: state ${s.id} refers to unknown example ${s.exampleId}`);
    const actions = await Promise.all(Array.from({ length: G }, async (_, g) => {
      const c = await policy.complete({ messages: s.messages, temperature: o.temperature, maxTokens: o.maxActionTokens, stop: o.stop, seed: `train:${o.seed}:${step}:${s.id}:${g}` });
      const verdict = await judge.judgeStep({ example: hideAnswers(example), messages: s.messages, action: c.text });
      return { text: c.text, complete: c.finish === "stop", reward: verdict.label === "GOOD" ? 1 : 0 };
    }));
    return { messages: s.messages, actions };
  }));
}

export async function trainSwirl(inp: TrainInputs, o: TrainOptions): Promise<StepMetrics[]> {
  mkdirSync(inp.runDir, { recursive: true });
  const lock = acquireRunLock(inp.runDir, "train");
  try {
    return await trainLocked(inp, o);
  } finally {
    lock.release();
  }
}

async function trainLocked(inp: TrainInputs, o: TrainOptions): Promise<StepMetrics[]> {
  const { runDir, model, tokenizer } = inp;
  // a state must leave room in the context for a fresh action
  const states = inp.states.filter((s) => renderPrompt(tokenizer, s.messages).length + o.maxActionTokens + 1 <= model.config.contextLength);
  if (states.length === 0) throw new Error(`train: no state fits the context (${inp.states.length} states; did every trajectory fail the filter?)`);
  const ckDir = join(runDir, "checkpoints");
  mkdirSync(ckDir, { recursive: true });
  const initialDir = join(ckDir, "initial");
  const latestDir = join(ckDir, "latest");
  const metricsPath = join(runDir, "metrics.jsonl");
  const config = { ...o, ...inp.record };
  checkSameConfig(runDir, config);

  // the frozen reference: the policy as it was when training first started
  if (!(await recoverCheckpoint(initialDir)).dir) await saveModel(initialDir, model, tokenizer);
  const reference = cloneModel((await loadModel(initialDir)).model);
  const opt = new AdamW(model.parameterGroups(o.weightDecay));
  const recovered = await recoverCheckpoint(latestDir);
  let start = 0;
  if (recovered.dir) {
    const ck = await loadModel(latestDir);
    for (const [name, t] of model.namedParameters()) t.data.set(ck.model.namedParameters().get(name)!.data);
    const ps = opt.params();
    opt.importState({ step: Number(ck.trainState?.optStep ?? 0), m: ps.map((p) => ck.optimizer!.get(`m.${p.name}`)!.data), v: ps.map((p) => ck.optimizer!.get(`v.${p.name}`)!.data) });
    start = Number(ck.trainState?.step ?? 0);
  } else if (recovered.incomplete.length > 0) {
    // starting over would throw away every update the metrics log records
    throw new Error(`train: no complete checkpoint to resume from in ${ckDir} (${recovered.incomplete.map((c) => `${c.path}: ${c.problem}`).join("; ")}); delete ${runDir} to start over`);
  }
  // metrics past the resumed step came from work that is being redone; one row per step
  const rows = AppendStore.open<StepMetrics>(metricsPath, { idOf: (m) => String(m.step), readOnly: true });
  const kept = [...rows.values()].filter((m) => m.step < start).sort((x, y) => x.step - y.step);
  rows.close();
  writeFileAtomic(metricsPath, jsonLines(kept));

  const policy = new EmbeddedPolicy(model, tokenizer, { maxBatch: o.statesPerStep * o.objective.samplesPerState });
  const schedule = { maxLr: o.lr, minLr: o.lr / 10, warmupSteps: o.warmupSteps, totalSteps: o.steps };
  const arena = new Arena(); // activations of one update, reused by the next
  const all: StepMetrics[] = [];
  const statesAt = stateSampler(states, o.statesPerStep, o.seed, o.balance);
  let lastSave = performance.now();
  for (let step = start; step < o.steps; step++) {
    const t0 = performance.now();
    const picked = statesAt(step).map((i) => states[i]);
    const groups = await sampleGroups(policy, inp.judge, picked, inp.examples, o, step);
    const lr = learningRate(schedule, step);
    const { parts, loss, gradNorm } = arena.run(() => {
      opt.zeroGrad();
      const parts = swirlLoss(model, reference, tokenizer, groups, o.objective);
      parts.loss.backward();
      const gradNorm = clipGradNorm(model.parameters(), o.clip);
      opt.update(lr);
      return { parts, loss: parts.loss.item(), gradNorm };
    });
    const ms = performance.now() - t0;
    const m: StepMetrics = {
      step, "reward/mean": parts.meanReward, "reward/all_equal": allEqualShare(groups), "kl/mean": parts.kl, "loss/total": loss, "loss/pg": parts.pg,
      "optim/lr": lr, "optim/grad_norm": gradNorm, "perf/tokens_per_s": parts.tokens / (ms / 1000), "perf/ms": ms, "judge/calls": picked.length * o.objective.samplesPerState,
    };
    appendFileSync(metricsPath, JSON.stringify(m) + "\n");
    all.push(m);
    const due = (step + 1) % o.checkpointEvery === 0 || step + 1 === o.steps || performance.now() - lastSave >= o.checkpointSeconds * 1000;
    if (due) {
      await saveModel(latestDir, model, tokenizer, { optimizer: optimizerTensors(opt), trainState: { step: step + 1, optStep: opt.step, config } });
      lastSave = performance.now();
    }
    inp.onStep?.(m);
  }
  return all;
}

/**
 * Records the options in train-config.json on the first start; on a resume, refuses options that
 * differ from the recorded ones (the schedule, the data order and the rewards depend on them),
 * naming the first field that changed. Save intervals may change.
 */
function checkSameConfig(runDir: string, current: Record<string, unknown>): void {
  const file = join(runDir, "train-config.json");
  const now = JSON.parse(canonicalJson(current)) as Record<string, unknown>;
  const started = existsSync(join(runDir, "checkpoints")) && readdirSync(join(runDir, "checkpoints")).length > 0;
  if (!existsSync(file) || !started) {
    writeJsonAtomic(file, now);
    return;
  }
  const was = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const changed = firstDifference(was, now, "");
  if (changed) {
    throw new Error(`train: ${runDir} was started with another config: ${changed.path} was ${JSON.stringify(changed.was)}, now ${JSON.stringify(changed.now)} (${file}); resume with the same settings or train into a new folder`);
  }
  writeJsonAtomic(file, now); // save intervals may have changed
}

function firstDifference(a: unknown, b: unknown, path: string): { path: string; was: unknown; now: unknown } | undefined {
  if (DURABILITY_FIELDS.includes(path)) return undefined;
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObj(a) && isObj(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return undefined;
  }
  return canonicalJson(a) === canonicalJson(b) ? undefined : { path, was: a, now: b };
}
