/**
 * What each verdict is about, shared by `judge` (which writes verdicts) and `filter` (which
 * reads them): the items of a trajectory and a hash of exactly what the judge saw, so a verdict
 * on a trajectory that was since regenerated never counts for the new one.
 */
import { stateId, type Message, type Trajectory } from "../types.js";
import { contextBefore } from "../rollout/decompose.js";
import { contentHash } from "../run/kv.js";

export interface ProcessItem {
  readonly kind: "process";
  /** The state id, `${trajectoryId}@${stepIndex}`. */
  readonly id: string;
  readonly trajectory: Trajectory;
  readonly stepIndex: number;
  readonly messages: readonly Message[];
  readonly action: string;
  readonly input: string;
}

export interface OutcomeItem {
  readonly kind: "outcome";
  readonly id: string;
  readonly trajectory: Trajectory;
  readonly answer: string | undefined;
  readonly input: string;
}

export type JudgeItem = ProcessItem | OutcomeItem;

/** The process item of every step, then the outcome item. Short hashes: collisions only need to be rare per id. */
export function* judgeItems(t: Trajectory): Generator<JudgeItem> {
  for (let i = 0; i < t.steps.length; i++) {
    const messages = contextBefore(t, i);
    const action = t.steps[i]!.text;
    yield { kind: "process", id: stateId(t.id, i), trajectory: t, stepIndex: i, messages, action, input: contentHash([messages, action]).slice(0, 16) };
  }
  yield { kind: "outcome", id: t.id, trajectory: t, answer: t.answer, input: contentHash([t.stop, t.answer ?? null]).slice(0, 16) };
}

/** Trajectories a failed policy call cut short are left to `generate` to retry, not judged or trained on. */
export const isComplete = (t: Trajectory): boolean => t.stop !== "error";
