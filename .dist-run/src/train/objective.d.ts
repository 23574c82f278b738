/**
 * SWiRL's stage-2 objective (Goldie et al. 2025, §2):
 *
 *     maximise  E_{s ~ T, a ~ πθ(·|s)} [ R(a | s) ]
 *
 * T is the set of states (sub-trajectory contexts) of the filtered stage-1 trajectories. For a
 * state s the current policy samples a fresh single action a (stopped at its closing tag, never
 * executed); R(a|s) is the step judge's verdict on that action in that context (GOOD = 1,
 * BAD = 0). No gold answer is involved. The paper publishes no optimiser details; ours is a
 * REINFORCE policy gradient with a group baseline and a KL penalty to the initial policy:
 *
 *     A_i   = R_i − mean_j R_j                      (G actions of the same state; options below)
 *     L_pg  = − mean_i [ A_i · mean_t log πθ(a_i,t | s, a_i,<t) ]
 *     L_kl  =   β · mean_i mean_t KL( πθ(·|…) ‖ π_ref(·|…) )   over the action's positions
 *     L     =   L_pg + L_kl
 *
 * Only action tokens carry loss (prompt and tool-result tokens are masked out by the chat
 * format's loss mask); the KL is exact over the vocabulary, so it is 0 at step 0.
 */
import { type Tensor } from "../engine/index.js";
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import type { Message } from "../types.js";
import { type Sequence } from "./batch.js";
export interface ObjectiveOptions {
    /** G: fresh actions sampled per state (default 4: enough for a group baseline, cheap on CPU). */
    readonly samplesPerState: number;
    /** β: weight of the KL penalty (default 0.05: PROTOTYPE-NOTES saw greedy loops without it). */
    readonly klWeight: number;
    /** "group-mean": A = R − mean(group); "leave-one-out": A = R − mean(others); "none": A = R. */
    readonly baseline: "group-mean" | "leave-one-out" | "none";
    /** Divide advantages by the group's standard deviation (GRPO-style); default false. */
    readonly normalizeStd: boolean;
}
export declare const DEFAULT_OBJECTIVE: ObjectiveOptions;
/** One state with its G sampled actions and their rewards. */
export interface Group {
    readonly messages: readonly Message[];
    readonly actions: readonly {
        readonly text: string;
        readonly complete: boolean;
        readonly reward: number;
    }[];
}
/** Advantages of one group's rewards. */
export declare function advantages(rewards: readonly number[], o: Pick<ObjectiveOptions, "baseline" | "normalizeStd">): number[];
/** The state's prompt followed by the action, with the loss mask on the action's tokens only. */
export declare function actionSequence(tok: Tokenizer, messages: readonly Message[], text: string, complete: boolean): Sequence;
export interface LossParts {
    readonly loss: Tensor;
    /** The policy's logits (B·T, V): kept so tests can check which positions receive gradient. */
    readonly logits: Tensor;
    readonly pg: number;
    readonly kl: number;
    readonly meanReward: number;
    readonly tokens: number;
}
export declare function swirlLoss(model: Model, reference: Model, tok: Tokenizer, groups: readonly Group[], o: ObjectiveOptions): LossParts;
