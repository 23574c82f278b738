/**
 * `swirl pretrain`: the embedded base policy. The paper starts from a capable but imperfect
 * instruction-tuned model; ours is trained here from scratch on teacher demonstrations of both
 * synthetic families (with the teachers' realistic mistakes), next-token loss on action tokens
 * only. Cached by a hash of its config: a second run loads the checkpoint.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { contentHash } from "../run/kv.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { buildMathEnv } from "../synthetic/math/env.js";
import { conversation } from "../rollout/decompose.js";
import { Tokenizer } from "../model/tokenizer.js";
import { encodeConversation } from "../model/chat.js";
import { ModelConfigSchema, ModelShapeSchema, PRESETS, type ModelConfig } from "../model/config.js";
import { Model } from "../model/model.js";
import { loadModel, saveModel } from "../model/io.js";
import { sftTrain, type SftStepMetrics } from "../train/sft.js";
import { kernels, nativeFallbackReason } from "../engine/backend.js";
import type { Sequence } from "../train/batch.js";
import type { Message } from "../types.js";
import { mathDemonstrations, qaDemonstrations } from "./demonstrations.js";

const increasingSteps = z.array(z.number().int().nonnegative()).refine((a) => a.every((v, i) => i === 0 || v > a[i - 1]), "curriculum steps must increase");

export const BasePolicyConfigSchema = z.object({
  seed: z.number().int().default(1),
  /** Seed of the weights' initialisation and the data order, when it should differ from `seed` (which also draws the world and the demonstrations): another base policy for the same tasks. */
  modelSeed: z.number().int().optional(),
  /** Training questions (one demonstration each) per family. */
  qaQuestions: z.number().int().positive().default(6000),
  mathQuestions: z.number().int().positive().default(4000),
  /** Share of demonstrations with one mistake (at 0.35, 89% of QA demonstrations still end correct and 62% have every step GOOD). */
  mistakeRate: z.number().min(0).max(1).default(0.35),
  /**
   * The one failure both families share: answering before the evidence is in. The share of
   * three-hop QA demonstrations that answer with the second hop's entity, and of math problems
   * of three calculations that answer with the value before the last one. Random
   * mistakes at 0.35 are never the most likely action in any state, so greedy decoding would not
   * inherit them; this habit is, so the base policy answers the longest questions too early, the
   * process judge calls it BAD, and stage 2 has the same thing to unlearn in both families.
   */
  stopShortRate: z.number().min(0).max(1).default(0.65),
  preset: z.enum(["tiny", "XS", "S", "M"]).default("XS"),
  /** The preset's shape with these fields replaced (e.g. fewer layers for a cheaper base); checked by the model config's rules. */
  shape: ModelShapeSchema.default({}),
  contextLength: z.number().int().positive().default(384),
  merges: z.number().int().nonnegative().default(400),
  steps: z.number().int().positive().default(1900),
  batchSize: z.number().int().positive().default(24),
  /** Peak learning rate. 3e-4, not the 3e-3 common for tiny GPTs: at 3e-3 a rotary decoder this
   * small learns to copy a name from the context far later, if at all (PyTorch agrees). */
  lr: z.number().positive().default(3e-4),
  /** The QA world (sizes, one-word names) and question hops; the demo evaluates on the same world. */
  world: z.object({ persons: z.number().int().positive(), works: z.number().int().positive(), oneWordNames: z.boolean() }).partial().strict()
    .default({ persons: 6000, works: 2000, oneWordNames: true }),
  /**
   * Curriculum, per family: the steps at which its demonstrations join cut after their 1st action,
   * then after their 2nd, …; from the last listed step on they are whole. Before the first step
   * the family is absent ([]: whole from step 0). A tiny model learns to copy the question's
   * subject into its first query only when that is most of its gradient, and each later hop
   * builds on the one before; a family that joins later does not compete with that.
   */
  curriculum: z.object({ qa: increasingSteps, math: increasingSteps }).partial().strict()
    .default({ qa: [0, 200, 400, 600], math: [800, 1050, 1300, 1550] }),
  /** Loss on the actions only, or on the whole conversation (prompts and tool results too). */
  trainOn: z.enum(["actions", "all"]).default("actions"),
  hops: z.array(z.number().int().min(2).max(4)).default([2, 3]),
  /** Calculations per math problem, drawn uniformly; the demo evaluates on the same range. */
  mathSteps: z.array(z.number().int().min(1).max(12)).default([2, 3]),
  /** What a math demonstration writes before each calculation: nothing, or the sentence it computes (quoted). */
  mathThought: z.enum(["none", "clause"]).default("none"),
}).strict();

export type BasePolicyConfig = z.output<typeof BasePolicyConfigSchema>;

/**
 * Data-parallel threads for pretraining (train/data-parallel.ts): two ranks with one BLAS thread
 * each train ~1.6× faster than one with two on a two-core machine. Fixed rather than one per
 * core, so that a recipe trains to the same weights on any machine.
 */
export const PRETRAIN_WORKERS = 2;

export interface BasePolicy {
  readonly model: Model;
  readonly tokenizer: Tokenizer;
  readonly dir: string;
  readonly cached: boolean;
}

export interface PretrainProgress {
  readonly phase: "demonstrations" | "tokenizer" | "training";
  readonly message?: string;
  readonly metrics?: SftStepMetrics;
}

/** Updates timed before the pure-TypeScript backend's estimate is printed. */
const SLOW_PROBE_STEPS = 3;

/** What pretraining on the pure-TypeScript backend will cost, and how to make it fast. */
export function slowBackendNotice(secondsPerUpdate: number, updates: number): string {
  const total = secondsPerUpdate * updates;
  const span = total >= 3600 ? `${Math.floor(total / 3600)} h ${Math.round((total % 3600) / 60)} min` : `${Math.round(total / 60)} min`;
  return `pure-TypeScript backend (${nativeFallbackReason() || "SWIRL_BACKEND=js"}): ${secondsPerUpdate.toFixed(1)} s per update, ` +
    `about ${span} for ${updates} updates. The native addon needs only a C compiler: apt-get install g++ make python3 ` +
    "(or your system's equivalent), then npm install again; npx swirl doctor shows the backend in use.";
}

export function basePolicyDir(cacheDir: string, cfg: BasePolicyConfig): string {
  return join(cacheDir, `base-${contentHash(cfg).slice(0, 12)}`);
}

/** The preset with the config's context and shape; a shape the model cannot have fails naming the field. */
function modelConfigOf(cfg: BasePolicyConfig, vocabSize: number): ModelConfig {
  const r = ModelConfigSchema.safeParse({ ...PRESETS[cfg.preset], vocabSize, contextLength: cfg.contextLength, ...cfg.shape });
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new Error(`base policy: field "shape.${String(issue.path[0])}": ${issue.message} (the ${cfg.preset} preset with ${JSON.stringify(cfg.shape)})`);
}

export async function pretrainBasePolicy(cacheDir: string, cfgIn: Partial<BasePolicyConfig>, onProgress?: (p: PretrainProgress) => void): Promise<BasePolicy> {
  const cfg = BasePolicyConfigSchema.parse(cfgIn);
  modelConfigOf(cfg, 1); // before any work: the vocabulary is only known after the tokenizer
  const dir = basePolicyDir(cacheDir, cfg);
  if (existsSync(join(dir, "manifest.json"))) {
    const { model, tokenizer } = await loadModel(dir);
    return { model, tokenizer, dir, cached: true };
  }
  // the demo environments use the same seeds, so demonstrations come from train questions only
  const qa = buildQaEnv({ seed: cfg.seed, train: cfg.qaQuestions, test: 1, world: cfg.world, hops: cfg.hops });
  const math = buildMathEnv({ seed: cfg.seed, train: cfg.mathQuestions, test: 1, steps: cfg.mathSteps });
  const families = {
    qa: (await qaDemonstrations(qa, { mistakeRate: cfg.mistakeRate, stopShortRate: cfg.stopShortRate }, cfg.seed)).map(conversation),
    math: (await mathDemonstrations(math, { mistakeRate: cfg.mistakeRate, stopShortRate: cfg.stopShortRate, quoteClause: cfg.mathThought === "clause" }, cfg.seed)).map(conversation),
  };
  onProgress?.({ phase: "demonstrations", message: `${families.qa.length + families.math.length} teacher demonstrations` });
  const tokenizer = Tokenizer.train([...families.qa, ...families.math].flatMap((c) => c.map((m) => m.content)), { merges: cfg.merges });
  onProgress?.({ phase: "tokenizer", message: `vocabulary of ${tokenizer.vocabSize}` });
  const model = new Model(modelConfigOf(cfg, tokenizer.vocabSize), cfg.modelSeed ?? cfg.seed);
  const encode = (cs: readonly Message[][]): Sequence[] => cs.map((c) => encodeConversation(tokenizer, c, { train: cfg.trainOn === "all" ? "all" : "all-assistant" }));
  const stages = curriculum([
    { conversations: families.qa, starts: cfg.curriculum.qa ?? [] },
    { conversations: families.math, starts: cfg.curriculum.math ?? [] },
  ]);
  const data = stages.map(({ from, conversations: cs }) => ({ from, data: encode(cs) }));
  let spentMs = 0;
  sftTrain(model, data, {
    steps: cfg.steps, batchSize: cfg.batchSize, lr: cfg.lr, padId: tokenizer.pad, seed: cfg.modelSeed ?? cfg.seed, workers: PRETRAIN_WORKERS,
    onStep: (metrics) => {
      onProgress?.({ phase: "training", metrics });
      spentMs += metrics["perf/ms"];
      if (metrics.step + 1 === SLOW_PROBE_STEPS && kernels().name === "js") { // steps count from 0
        onProgress?.({ phase: "training", message: slowBackendNotice(spentMs / SLOW_PROBE_STEPS / 1000, cfg.steps) });
      }
    },
  });
  await saveModel(dir, model, tokenizer, { trainState: { kind: "base-policy", config: cfg } });
  return { model, tokenizer, dir, cached: false };
}

/**
 * The curriculum's stages, one per step at which any family changes: each family's
 * conversations cut after its k-th action from its k-th listed step, whole from its last one.
 */
export function curriculum(families: readonly { conversations: readonly Message[][]; starts: readonly number[] }[]): { from: number; conversations: Message[][] }[] {
  const at = (f: (typeof families)[number], step: number): Message[][] => {
    if (f.starts.length === 0) return [...f.conversations];
    const k = f.starts.filter((s) => s <= step).length; // stages of this family begun so far
    if (k === 0) return [];
    return k === f.starts.length ? [...f.conversations] : f.conversations.map((c) => cutAfterAction(c, k));
  };
  const froms = [...new Set([0, ...families.flatMap((f) => f.starts)])].sort((a, b) => a - b);
  const stages = froms.map((from) => ({ from, conversations: families.flatMap((f) => at(f, from)) }));
  if (stages[0].conversations.length === 0) throw new Error("curriculum: no family starts at step 0");
  return stages;
}

function cutAfterAction(c: readonly Message[], k: number): Message[] {
  let seen = 0;
  const end = c.findIndex((m) => m.role === "assistant" && ++seen === k);
  return end < 0 ? [...c] : c.slice(0, end + 1);
}
