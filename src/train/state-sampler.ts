/**
 * Which states of T an update trains on. The paper draws s ~ T uniformly; T is dominated by the
 * states of short trajectories, because the process filter keeps short ones far more often
 * (every step must be GOOD), while what stage 2 can change most is where long problems go wrong:
 * the step that decides to answer or to look further.
 * - `"trajectory-length"` draws each state slot from a stratum of T, the states of trajectories
 *   with the same number of steps, taking the strata in turn, so every problem length gets the
 *   same share of the updates.
 * - `"question"` draws a question first, then one of its states: uniform T weights a question by
 *   how many of its samples survived the filter, that is by how often the base policy already
 *   solves it, and stage 2 then trains most on what needs it least.
 * - `"trajectory-length+question"`: both, a question within the slot's stratum.
 */
import type { State } from "../types.js";
import { Rng } from "../util/random.js";
import { batchAt } from "./batch.js";

export const STATE_BALANCES = ["none", "trajectory-length", "question", "trajectory-length+question"] as const;
export type StateBalance = (typeof STATE_BALANCES)[number];

export type StateSampler = (step: number) => number[];

/** Indices into `states` for each update; a function of (seed, step) only, so a resumed run draws the same. */
export function stateSampler(states: readonly State[], perStep: number, seed: number | string, balance: StateBalance): StateSampler {
  const count = Math.min(perStep, states.length);
  if (balance === "none") return (step) => batchAt(states.length, count, step, `train:${seed}`);
  const byLength = balance !== "question";
  const byQuestion = balance !== "trajectory-length";
  const lengthOf = new Map<string, number>();
  for (const s of states) lengthOf.set(s.trajectoryId, (lengthOf.get(s.trajectoryId) ?? 0) + 1);
  const strata = groupIndices(states, (s) => (byLength ? lengthOf.get(s.trajectoryId)! : 0));
  const groups = [...strata.keys()].sort((a, b) => a - b).map((k) => strata.get(k)!);
  // per stratum, its states grouped by question
  const questions = byQuestion ? groups.map((g) => [...groupIndices(g, (i) => states[i]!.exampleId).values()].map((q) => q.map((j) => g[j]!))) : [];
  return (step) => {
    const rng = new Rng(`train-states:${seed}:${step}`);
    const offset = rng.int(groups.length);
    const stratum = (j: number): number => (offset + j) % groups.length;
    return Array.from({ length: count }, (_, j) => (byQuestion ? rng.pick(rng.pick(questions[stratum(j)]!)) : rng.pick(groups[stratum(j)]!)));
  };
}

/** Indices of `items` grouped by key, in order of first appearance. */
function groupIndices<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  });
  return out;
}
