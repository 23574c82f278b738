/**
 * The SFT training loop (one rank's, with or without a gradient exchange), its options and its
 * curriculum stages; sft.ts chooses between one thread and data-parallel ranks.
 */
import { AdamW, Arena, clipGradNorm, crossEntropy, learningRate } from "../engine/index.js";
import type { Model } from "../model/model.js";
import { batchAt, makeBatch, pick, predictingPositions, type Sequence } from "./batch.js";
import type { GradientExchange } from "./gradient-exchange.js";
import type { SftStepMetrics } from "./metrics.js";

export interface SftOptions {
  readonly steps: number;
  readonly batchSize: number;
  readonly lr: number;
  readonly minLr?: number;
  readonly warmupSteps?: number;
  readonly weightDecay?: number;
  readonly clip?: number;
  readonly seed?: number | string;
  readonly padId: number;
  /** Start at this step (resume); the optimizer must then be restored by the caller. */
  readonly startStep?: number;
  readonly optimizer?: AdamW;
  /**
   * Threads training data-parallel (default 1): each takes a share of every batch and the
   * gradients are summed, so an update is still the whole batch's. Results are deterministic for
   * a given number of workers; they differ from another number's in float rounding only.
   */
  readonly workers?: number;
  readonly onStep?: (m: SftStepMetrics) => void;
}

export type { SftStepMetrics } from "./metrics.js";


/**
 * The training data: one set of sequences, or stages of a curriculum, each used from its
 * `from` step on (stages sorted by `from`, the first from 0).
 */
export type SftData = readonly Sequence[] | readonly { readonly from: number; readonly data: readonly Sequence[] }[];

/** The curriculum's stages with the sequences that fit the context, and their lengths. */
export interface SftStage {
  readonly from: number;
  readonly fits: readonly Sequence[];
  readonly lengths: readonly number[];
}

export function sftStages(data: SftData, contextLength: number): SftStage[] {
  if (data.length === 0) throw new Error("sft: no training sequences");
  const stages = (isStaged(data) ? data : [{ from: 0, data: data as readonly Sequence[] }]).map(({ from, data: seqs }) => {
    const fits = seqs.filter((s) => s.ids.length - 1 <= contextLength);
    if (fits.length === 0) throw new Error(`sft: no sequence of the stage from step ${from} fits the context of ${contextLength}`);
    return { from, fits, lengths: fits.map((s) => s.ids.length) };
  });
  if (stages[0]?.from !== 0) throw new Error("sft: the first data stage must start at step 0");
  return stages;
}

/**
 * The training loop. With an exchange (data-parallel, train/data-parallel.ts) this rank trains
 * on every world-th sequence of each batch and the gradients are summed across ranks before the
 * update; the loss is normalised by the whole batch's trained tokens either way, so the summed
 * gradient is the whole batch's. Only rank 0 reports steps.
 */
export function sftLoop(model: Model, stages: readonly SftStage[], o: SftOptions, opt: AdamW, exchange?: GradientExchange): void {
  const schedule = { maxLr: o.lr, minLr: o.minLr ?? o.lr / 10, warmupSteps: o.warmupSteps ?? Math.ceil(o.steps / 20), totalSteps: o.steps };
  const maxT = model.config.contextLength;
  const params = model.parameters();
  const arena = new Arena(); // activations of one step, reused by the next
  for (let step = o.startStep ?? 0; step < o.steps; step++) {
    const t0 = performance.now();
    const { fits, lengths } = stages.filter((st) => st.from <= step).at(-1)!;
    const seqs = batchAt(fits.length, Math.min(o.batchSize, fits.length), step, o.seed ?? 0, lengths).map((i) => fits[i]);
    // a batch is sorted by length: dealing it out in turn gives every rank similar lengths
    const mine = exchange ? seqs.filter((_, i) => i % exchange.world === exchange.rank) : seqs;
    const n = seqs.reduce((sum, s) => sum + trainedPositions(s), 0);
    const lr = learningRate(schedule, step);
    const { loss, gradNorm, tokens } = arena.run(() => {
      opt.zeroGrad();
      let loss = 0;
      let tokens = 0;
      if (mine.length > 0) {
        const batch = makeBatch(mine, mine.map(() => 1), o.padId, maxT);
        const w = batch.weights.map((v) => v / Math.max(1, n));
        const rows = predictingPositions(batch.targets); // the output head runs on trained positions only
        const l = crossEntropy(model.forward(batch.ids, batch.B, batch.T, { outputs: rows }), pick(batch.targets, rows), pick(w, rows));
        l.backward();
        loss = l.item();
        tokens = batch.B * batch.T;
      }
      if (exchange) [loss, tokens] = exchange.allReduce(params, [loss, tokens]);
      const gradNorm = clipGradNorm(params, o.clip ?? 1);
      opt.update(lr);
      return { loss, gradNorm, tokens };
    });
    if (!exchange || exchange.rank === 0) o.onStep?.({ step, "loss/total": loss, "optim/lr": lr, "optim/grad_norm": gradNorm, "perf/tokens": tokens, "perf/ms": performance.now() - t0 });
  }
}

/** Positions whose next token is trained on (what the loss is averaged over). */
function trainedPositions(s: Sequence): number {
  let n = 0;
  for (let t = 1; t < s.ids.length; t++) n += s.lossMask[t];
  return n;
}

function isStaged(d: SftData): d is readonly { from: number; data: readonly Sequence[] }[] {
  return d.length > 0 && "from" in d[0];
}
