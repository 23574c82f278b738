/**
 * What training logs per update, one JSON object per line (metrics.jsonl for stage 2,
 * metrics.sft.jsonl for the SFT baseline). Keys are namespaced the way RL trainers log them
 * (`reward/mean`, `kl/mean`, `loss/pg`), the same in memory and on disk, so a curve is found by
 * one name everywhere.
 */

/** One stage-2 update. */
export interface StepMetrics {
  readonly step: number;
  /** Mean judge reward of the sampled actions. */
  readonly "reward/mean": number;
  /** Share of groups whose G rewards are all equal: their advantages are 0, so they give no gradient. */
  readonly "reward/all_equal": number;
  /** KL of the sampled actions to the initial policy (before its weight β). */
  readonly "kl/mean": number;
  readonly "loss/total": number;
  /** The policy-gradient term of the loss. */
  readonly "loss/pg": number;
  readonly "optim/lr": number;
  /** Gradient norm before clipping. */
  readonly "optim/grad_norm": number;
  /** Positions the policy forward computed per second of the update (a state's prompt once for its G actions). */
  readonly "perf/tokens_per_s": number;
  readonly "perf/ms": number;
  /** Judge calls the update asked for (cache hits included). */
  readonly "judge/calls": number;
}

/** One supervised update (pretraining and the SFT baseline). */
export interface SftStepMetrics {
  readonly step: number;
  readonly "loss/total": number;
  readonly "optim/lr": number;
  readonly "optim/grad_norm": number;
  /** Positions in the batch (padding included). */
  readonly "perf/tokens": number;
  readonly "perf/ms": number;
}

/** The share of groups whose rewards are all equal. */
export function allEqualShare(groups: readonly { readonly actions: readonly { readonly reward: number }[] }[]): number {
  if (groups.length === 0) return 0;
  return groups.filter((g) => g.actions.every((a) => a.reward === g.actions[0]?.reward)).length / groups.length;
}
