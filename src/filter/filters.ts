/**
 * The four filters of the paper (§2, Fig. 4) and the state set T they produce for stage 2.
 * - none: every trajectory;
 * - process: only trajectories whose every step the process judge labelled GOOD;
 * - outcome: only trajectories whose final answer the outcome judge labelled correct;
 * - process+outcome: both.
 * The paper finds process-only best for SWiRL, process+outcome best for SFT.
 */
import { FILTERS, stateId, type FilterName, type State, type Trajectory, type Verdict } from "../types.js";
import { decompose } from "../rollout/decompose.js";

export { FILTERS, type FilterName };

export interface Labels {
  /** Process verdicts by state id (`${trajectoryId}@${step}`). */
  readonly process: ReadonlyMap<string, Verdict>;
  /** Outcome verdicts by trajectory id. */
  readonly outcome: ReadonlyMap<string, Verdict>;
}

/** Every step GOOD (a step without a verdict does not pass). */
export function processOk(t: Trajectory, labels: Labels): boolean {
  return t.steps.length > 0 && t.steps.every((_, i) => labels.process.get(stateId(t.id, i))?.label === "GOOD");
}

/** The final answer judged correct (no answer never passes). */
export function outcomeOk(t: Trajectory, labels: Labels): boolean {
  return t.stop === "answered" && labels.outcome.get(t.id)?.label === "GOOD";
}

export function keeps(filter: FilterName, t: Trajectory, labels: Labels): boolean {
  switch (filter) {
    case "none": return true;
    case "process": return processOk(t, labels);
    case "outcome": return outcomeOk(t, labels);
    case "process+outcome": return processOk(t, labels) && outcomeOk(t, labels);
  }
}

export interface FilterCounts {
  readonly trajectories: number;
  readonly states: number;
}

/** T for one filter: the states of every kept trajectory. */
export function stateSet(filter: FilterName, trajectories: readonly Trajectory[], labels: Labels): { states: State[]; counts: FilterCounts } {
  const kept = trajectories.filter((t) => keeps(filter, t, labels));
  const states = kept.flatMap(decompose);
  return { states, counts: { trajectories: kept.length, states: states.length } };
}

/** Survivors of every filter (the "survivors per filter" table). */
export function survivorCounts(trajectories: readonly Trajectory[], labels: Labels): Record<FilterName, FilterCounts> {
  const out = {} as Record<FilterName, FilterCounts>;
  for (const f of FILTERS) out[f] = stateSet(f, trajectories, labels).counts;
  return out;
}
