/**
 * Many rollouts in flight at once: a pool of `concurrency` workers pulls (example, sample)
 * pairs in order. With the embedded policy, concurrent requests become one decoding batch; with
 * an HTTP policy, concurrent requests. Results come back in input order; `onDone` sees each
 * trajectory as it finishes (for streaming to disk and progress).
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
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      const t = await rollout({ ...base, example: jobs[i].example, sample: jobs[i].sample });
      out[i] = t;
      await onDone?.(t, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return out;
}
