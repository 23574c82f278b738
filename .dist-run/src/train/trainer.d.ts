import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { type ProcessJudge } from "../judge/judge.js";
import type { Example, State } from "../types.js";
import { type Group, type ObjectiveOptions } from "./objective.js";
export interface TrainOptions {
    readonly steps: number;
    /** States per update (default 8; × G samples each). */
    readonly statesPerStep: number;
    /** Peak learning rate (default 1e-4: RL on a small model; larger rates made greedy decoding loop in the prototype). */
    readonly lr: number;
    readonly warmupSteps: number;
    readonly clip: number;
    readonly weightDecay: number;
    readonly temperature: number;
    /** Cap on a sampled action's tokens. */
    readonly maxActionTokens: number;
    readonly checkpointEvery: number;
    readonly seed: number | string;
    readonly objective: ObjectiveOptions;
    readonly stop: readonly string[];
}
export declare const DEFAULT_TRAIN: Omit<TrainOptions, "steps" | "stop">;
export interface StepMetrics {
    readonly step: number;
    readonly reward: number;
    readonly kl: number;
    readonly loss: number;
    readonly pg: number;
    readonly lr: number;
    readonly grad_norm: number;
    readonly tokens_per_s: number;
    readonly judge_calls: number;
    readonly ms: number;
}
export interface TrainInputs {
    readonly runDir: string;
    readonly model: Model;
    readonly tokenizer: Tokenizer;
    readonly states: readonly State[];
    readonly examples: ReadonlyMap<string, Example>;
    readonly judge: ProcessJudge;
    readonly onStep?: (m: StepMetrics) => void;
}
/** Samples G actions for each state with the current policy and scores them with the judge. `step` seeds the samples: an update number, or "eval" for held-out measurements. */
export declare function sampleGroups(policy: EmbeddedPolicy, judge: ProcessJudge, states: readonly State[], examples: ReadonlyMap<string, Example>, o: TrainOptions, step: number | "eval"): Promise<Group[]>;
export declare function trainSwirl(inp: TrainInputs, o: TrainOptions): Promise<StepMetrics[]>;
