/**
 * What each verdict is about, shared by `judge` (which writes verdicts) and `filter` (which
 * reads them): the items of a trajectory and a hash of exactly what the judge saw, so a verdict
 * on a trajectory that was since regenerated never counts for the new one.
 */
import type { Message, Trajectory } from "../types.js";
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
export declare function judgeItems(t: Trajectory): Generator<JudgeItem>;
/** Trajectories a failed policy call cut short are left to `generate` to retry, not judged or trained on. */
export declare const isComplete: (t: Trajectory) => boolean;
