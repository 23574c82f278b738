/**
 * The four filters of the paper (§2, Fig. 4) and the state set T they produce for stage 2.
 * - none: every trajectory;
 * - process: only trajectories whose every step the process judge labelled GOOD;
 * - outcome: only trajectories whose final answer the outcome judge labelled correct;
 * - process+outcome: both.
 * The paper finds process-only best for SWiRL, process+outcome best for SFT.
 */
import type { State, Trajectory, Verdict } from "../types.js";
export declare const FILTERS: readonly ["none", "process", "outcome", "process+outcome"];
export type FilterName = (typeof FILTERS)[number];
export interface Labels {
    /** Process verdicts by state id (`${trajectoryId}@${step}`). */
    readonly process: ReadonlyMap<string, Verdict>;
    /** Outcome verdicts by trajectory id. */
    readonly outcome: ReadonlyMap<string, Verdict>;
}
/** Every step GOOD (a step without a verdict does not pass). */
export declare function processOk(t: Trajectory, labels: Labels): boolean;
/** The final answer judged correct (no answer never passes). */
export declare function outcomeOk(t: Trajectory, labels: Labels): boolean;
export declare function keeps(filter: FilterName, t: Trajectory, labels: Labels): boolean;
export interface FilterCounts {
    readonly trajectories: number;
    readonly states: number;
}
/** T for one filter: the states of every kept trajectory. */
export declare function stateSet(filter: FilterName, trajectories: readonly Trajectory[], labels: Labels): {
    states: State[];
    counts: FilterCounts;
};
/** Survivors of every filter (the "survivors per filter" table). */
export declare function survivorCounts(trajectories: readonly Trajectory[], labels: Labels): Record<FilterName, FilterCounts>;
