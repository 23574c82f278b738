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
 * Only action tokens carry loss (the prompt's positions, tool results included, predict nothing);
 * the KL is exact over the vocabulary, so it is 0 at step 0.
 */
import { crossEntropy, klDivergence, noGrad, add, type Tensor } from "../engine/index.js";
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { renderPrompt, encodeAction } from "../model/chat.js";
import type { Message } from "../types.js";
import { actionWeights, prefixBatch } from "./prefix-batch.js";
import { pick, predictingPositions } from "./batch.js";
import type { z } from "zod";
import { ObjectiveSectionSchema } from "./options.js";

/** Options of the objective; fields and defaults in ObjectiveSectionSchema (options.ts). */
export type ObjectiveOptions = Readonly<z.infer<typeof ObjectiveSectionSchema>>;

export const DEFAULT_OBJECTIVE: ObjectiveOptions = ObjectiveSectionSchema.parse({});

/** One state with its G sampled actions and their rewards. */
export interface Group {
  readonly messages: readonly Message[];
  readonly actions: readonly { readonly text: string; readonly complete: boolean; readonly reward: number }[];
}

/** Advantages of one group's rewards. */
export function advantages(rewards: readonly number[], o: Pick<ObjectiveOptions, "baseline" | "normalizeStd">): number[] {
  const G = rewards.length;
  const mean = rewards.reduce((a, b) => a + b, 0) / G;
  let adv = rewards.map((r) => {
    if (o.baseline === "none") return r;
    if (o.baseline === "leave-one-out") return G > 1 ? r - (mean * G - r) / (G - 1) : 0;
    return r - mean;
  });
  if (o.normalizeStd) {
    const std = Math.sqrt(rewards.reduce((a, r) => a + (r - mean) ** 2, 0) / G);
    adv = adv.map((a) => (std > 1e-6 ? a / std : 0));
  }
  return adv;
}

/** An action's tokens as the policy is trained on them: a complete action ends its turn (<|end|>), as the model was taught; a truncated one does not. */
export function actionTokens(tok: Tokenizer, text: string, complete: boolean): Int32Array {
  return complete ? encodeAction(tok, text) : Int32Array.from(tok.encode(text));
}

export interface LossParts {
  readonly loss: Tensor;
  /** The policy's logits at the positions that predict an action token (n, V): kept for tests. */
  readonly logits: Tensor;
  readonly pg: number;
  readonly kl: number;
  readonly meanReward: number;
  readonly tokens: number;
}

/**
 * The loss of one update. Each state's prompt is computed once and its G actions branch off it
 * (prefix-batch.ts): the same logits as G separate sequences, for the prompt's tokens once.
 */
export function swirlLoss(model: Model, reference: Model, tok: Tokenizer, groups: readonly Group[], o: ObjectiveOptions): LossParts {
  const adv: number[] = [];
  let rewardSum = 0;
  for (const g of groups) {
    adv.push(...advantages(g.actions.map((x) => x.reward), o));
    for (const x of g.actions) rewardSum += x.reward;
  }
  const packed = groups.map((g) => ({ prompt: renderPrompt(tok, g.messages), actions: g.actions.map((x) => actionTokens(tok, x.text, x.complete)) }));
  const batch = prefixBatch(packed, tok.pad, model.config.contextLength);
  const N = adv.length;
  const n = batch.actionLengths.map((len) => Math.max(1, len));
  // per-token weights: A_i / (n_i · N) turns Σ w·(−log p) into −mean_i A_i · mean_t log p
  const pgWeights = actionWeights(batch, adv.map((a, i) => a / (n[i] * N)));
  const klWeights = actionWeights(batch, n.map((len) => o.klWeight / (len * N)));
  const { B, T, ids, targets, layout } = batch;
  const rows = predictingPositions(targets); // logits only where an action token is predicted

  const logits = model.forward(ids, B, T, { layout, outputs: rows });
  const refLogits = noGrad(() => reference.forward(ids, B, T, { layout, outputs: rows })).data;
  const pg = crossEntropy(logits, pick(targets, rows), pick(pgWeights, rows));
  const kl = klDivergence(logits, refLogits, pick(klWeights, rows));
  const loss = add(pg, kl);
  return { loss, logits, pg: pg.item(), kl: o.klWeight > 0 ? kl.item() / o.klWeight : 0, meanReward: rewardSum / N, tokens: B * T };
}
