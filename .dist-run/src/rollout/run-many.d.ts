/**
 * Many rollouts in flight at once: a pool of `concurrency` workers pulls (example, sample)
 * pairs in order. With the embedded policy, concurrent requests become one decoding batch; with
 * an HTTP policy, concurrent requests. Results come back in input order; `onDone` sees each
 * trajectory as it finishes (for streaming to disk and progress); `streamRollouts` only streams,
 * keeping nothing.
 */
import type { Example, Trajectory } from "../types.js";
import { type RolloutOptions } from "./rollout.js";
export interface Job {
    readonly example: Example;
    readonly sample: number;
}
export declare function jobsFor(examples: readonly Example[], samples: number): Job[];
export declare function runRollouts(jobs: readonly Job[], base: Omit<RolloutOptions, "example" | "sample">, concurrency: number, onDone?: (t: Trajectory, index: number) => void | Promise<void>): Promise<Trajectory[]>;
/**
 * runRollouts without collecting: each trajectory goes to `onDone` and is then forgotten, so
 * memory does not grow with the number of jobs (generate streams 100k+ trajectories to disk).
 */
export declare function streamRollouts(jobs: readonly Job[], base: Omit<RolloutOptions, "example" | "sample">, concurrency: number, onDone: (t: Trajectory, index: number) => void | Promise<void>): Promise<void>;
