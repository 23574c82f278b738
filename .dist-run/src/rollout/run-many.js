import { rollout } from "./rollout.js";
export function jobsFor(examples, samples) {
    return examples.flatMap((example) => Array.from({ length: samples }, (_, sample) => ({ example, sample })));
}
export async function runRollouts(jobs, base, concurrency, onDone) {
    const out = new Array(jobs.length);
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
export async function streamRollouts(jobs, base, concurrency, onDone) {
    let next = 0;
    const worker = async () => {
        while (next < jobs.length) {
            const i = next++;
            const t = await rollout({ ...base, example: jobs[i].example, sample: jobs[i].sample });
            await onDone(t, i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
}
//# sourceMappingURL=run-many.js.map