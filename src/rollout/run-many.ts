/**
 * Many rollouts in flight at once: a pool of `concurrency` workers pulls (example, sample)
 * pairs in order. With the embedded policy, concurrent requests become one decoding batch; with
 * an HTTP policy, concurrent requests. Results come back in input order; `onDone` sees each
 * trajectory as it finishes (for streaming to disk and progress); `streamRollouts` only streams,
 * keeping nothing.
 */
import type { Example, Trajectory } from "../types.js";
import { rollout, type RolloutOptions } from "./rollout.js";

export interface Job {
  readonly example: Example;
  readonly sample: number;
}

export function jobsFor(examples: readonly Example[], samples: number): Job[] {
  return examples.flatMap((example) => Array.from({ length: samples }, (_, sample) => ({ example, sample })));
}

export async function runRollouts(
  jobs: readonly Job[],
  base: Omit<RolloutOptions, "example" | "sample">,
  concurrency: number,
  onDone?: (t: Trajectory, index: number) => void | Promise<void>,
): Promise<Trajectory[]> {
  const out = new Array<Trajectory>(jobs.length);
  await streamRollouts(jobs, base, concurrency, async (t, i) => {
    out[i] = t;
    await onDone?.(t, i);
  });
  return out;
}

/**
 * runRollouts without collecting: each trajectory goes to `onDone` and is then forgotten, so
 * memory does not grow with the number of jobs (generate streams 100k+ trajectories to disk).
 */
export async function streamRollouts(
  jobs: readonly Job[],
  base: Omit<RolloutOptions, "example" | "sample">,
  concurrency: number,
  onDone: (t: Trajectory, index: number) => void | Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const t = await rollout({ ...base, example: jobs[i].example, sample: jobs[i].sample });
      await onDone(t, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
}
