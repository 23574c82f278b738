/**
 * A data-parallel rank > 0 (see data-parallel.ts): builds a copy of rank 0's model, runs the same
 * training loop on its share of every batch, and exits. A failure here stops every rank, with
 * this rank's message.
 */
import { workerData } from "node:worker_threads";
import { GradientExchange, RankAbortedError } from "./gradient-exchange.js";
import type { WorkerJob } from "./data-parallel.js";

const job = workerData as WorkerJob;
const P = job.params.reduce((n, p) => n + p.length, 0);
const exchange = new GradientExchange(job.shared, job.rank, job.world, P);
try {
  // loaded here, not at the top, so that a failure to load is reported to the other ranks too
  const { Model } = await import("../model/model.js");
  const { AdamW } = await import("../engine/index.js");
  const { sftLoop } = await import("./sft-loop.js");
  const { kernels } = await import("../engine/backend.js");
  kernels().setThreads(1); // the first kernels() call set the default again (BLAS threads are per process)
  const model = new Model(job.config, 0);
  model.parameters().forEach((p, i) => p.data.set(job.params[i]!));
  const opt = new AdamW(model.parameterGroups(job.weightDecay));
  sftLoop(model, job.stages, job.options, opt, exchange);
} catch (e) {
  if (!(e instanceof RankAbortedError)) exchange.abort(`data-parallel rank ${job.rank} failed: ${(e as Error).stack ?? String(e)}`);
}
