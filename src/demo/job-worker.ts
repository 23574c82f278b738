/**
 * A worker thread of the demo's job pool (util/thread-pool.ts): runs demo jobs (jobs.ts) one at
 * a time in the context it was started with, and answers each with its result or its error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { kernels } from "../engine/backend.js";
import type { JobReply } from "../util/thread-pool.js";
import { runJob, type DemoContext, type DemoJob, type JobResult } from "./jobs.js";

// BLAS threads are per process: two jobs at once each get one (the demo set it; this re-sets it
// after this thread's first kernels() call applied the default)
kernels().setThreads(1);
const ctx = workerData as DemoContext;
parentPort!.on("message", (m: { id: number; job: DemoJob }) => {
  runJob(m.job, ctx).then(
    (result) => parentPort!.postMessage({ id: m.id, result } satisfies JobReply<JobResult>),
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: { message: (e as Error).message ?? String(e), stack: (e as Error).stack } } satisfies JobReply<JobResult>),
  );
});
