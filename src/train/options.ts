/**
 * The stage-2 config: the `train:` section of the pipeline config, with its defaults in one
 * place. `TrainOptions` is what it parses to, plus the stop strings of the task's template.
 */
import { z } from "zod";
import { FILTERS } from "../filter/filters.js";
import { STATE_BALANCES } from "./state-sampler.js";

export const ObjectiveSectionSchema = z.object({
  /** G: fresh actions sampled per state (default 4: enough for a group baseline, cheap on CPU). */
  samplesPerState: z.number().int().positive().default(4),
  /** β: weight of the KL penalty (default 0.05: without it, greedy decoding after RL looped on a syllable up to the action cap, with KL spikes). */
  klWeight: z.number().min(0).default(0.05),
  /** "group-mean": A = R − mean(group); "leave-one-out": A = R − mean(others); "none": A = R. */
  baseline: z.enum(["group-mean", "leave-one-out", "none"]).default("group-mean"),
  /** Divide advantages by the group's standard deviation (GRPO-style). */
  normalizeStd: z.boolean().default(false),
}).strict();

export const TrainSectionSchema = z.object({
  /** swirl (RL, the paper's stage 2) or sft (the baseline). */
  method: z.enum(["swirl", "sft"]).default("swirl"),
  /** Which state set of the run to train on. */
  filter: z.enum(FILTERS).default("process"),
  /** Updates. */
  steps: z.number().int().positive().default(60),
  /** States per update (× G samples each). */
  statesPerStep: z.number().int().positive().default(8),
  /** Peak learning rate (5e-5: 100 updates at 1e-4 dropped the demo base's greedy math accuracy from 0.430 to 0.310 training on math and to 0.220 training on QA; src/demo/config.ts has the sweep). */
  lr: z.number().positive().default(5e-5),
  warmupSteps: z.number().int().nonnegative().default(10),
  clip: z.number().positive().default(1),
  weightDecay: z.number().min(0).default(0),
  temperature: z.number().min(0).default(1),
  /** Cap on a sampled action's tokens. */
  maxActionTokens: z.number().int().positive().default(48),
  /** Save a checkpoint every this many updates… */
  checkpointEvery: z.number().int().positive().default(25),
  /** …and after any update that ends this long after the last save, so a kill loses at most about this much work. */
  checkpointSeconds: z.number().positive().default(60),
  seed: z.union([z.number(), z.string()]).default(0),
  objective: ObjectiveSectionSchema.default(ObjectiveSectionSchema.parse({})),
  /** How updates draw their states from T (state-sampler.ts). */
  balance: z.enum(STATE_BALANCES).default("none"),
  /** sft: passes over the states. */
  epochs: z.number().int().positive().default(2),
}).strict();
export type TrainSection = z.infer<typeof TrainSectionSchema>;

export interface TrainOptions extends Omit<TrainSection, "method" | "filter" | "epochs"> {
  readonly stop: readonly string[];
}

/** Fields that change only how often progress is saved, not what training computes: a resume may change them. */
export const DURABILITY_FIELDS: readonly string[] = ["checkpointEvery", "checkpointSeconds"];
