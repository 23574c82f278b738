/**
 * Data-parallel SFT over worker threads: this thread is rank 0 and runs the training loop
 * (sft.ts) on its share of each batch; `workers - 1` threads (data-parallel-worker.ts) hold
 * copies of the model and do the same on theirs, and the gradients are summed every step
 * (gradient-exchange.ts). BLAS runs one thread per rank meanwhile, so the ranks together use
 * the cores the BLAS threads would have, but on all of the step, not only its matrix products.
 */
import { Worker } from "node:worker_threads";
import { kernels, blasThreads } from "../engine/backend.js";
import type { AdamW } from "../engine/index.js";
import type { Model } from "../model/model.js";
import type { ModelConfig } from "../model/config.js";
import { GradientExchange, sharedBuffers, type SharedBuffers } from "./gradient-exchange.js";
import { sftLoop, type SftOptions, type SftStage } from "./sft-loop.js";

/** What a worker needs to become an identical copy of rank 0 (structured-cloned to it). */
export interface WorkerJob {
  readonly rank: number;
  readonly world: number;
  readonly shared: SharedBuffers;
  readonly config: ModelConfig;
  /** Rank 0's parameters, in model.parameters() order. */
  readonly params: Float32Array[];
  readonly stages: readonly SftStage[];
  /** The options without callbacks or optimizer. */
  readonly options: Omit<SftOptions, "onStep" | "optimizer">;
  readonly weightDecay: number;
}

export function trainDataParallel(model: Model, stages: readonly SftStage[], o: SftOptions, opt: AdamW): void {
  const world = o.workers ?? 1;
  const params = model.parameters();
  const P = params.reduce((n, p) => n + p.size, 0);
  const shared = sharedBuffers(world, P);
  const { onStep: _onStep, optimizer: _optimizer, ...options } = o;
  const job = (rank: number): WorkerJob => ({
    rank, world, shared, config: model.config, params: params.map((p) => p.data), stages, options, weightDecay: o.weightDecay ?? 0.1,
  });
  const exchange = new GradientExchange(shared, 0, world, P);
  const threads = blasThreads();
  kernels().setThreads(1);
  const workers = Array.from({ length: world - 1 }, (_, i) => new Worker(new URL("./data-parallel-worker.js", import.meta.url), { workerData: job(i + 1) }));
  try {
    sftLoop(model, stages, o, opt, exchange);
  } catch (e) {
    exchange.abort(`rank 0 failed: ${(e as Error).message}`);
    for (const w of workers) void w.terminate();
    throw e;
  } finally {
    kernels().setThreads(threads);
  }
}
