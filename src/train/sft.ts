/**
 * Supervised next-token training on action tokens only (the loss mask of the chat format):
 * used to pretrain the embedded base policy on teacher demonstrations, and as the paper's SFT
 * baseline on filtered trajectories (§4, Fig. 5). Loss = mean cross-entropy over trained tokens.
 * Data order is a seeded permutation per epoch, so a run is reproducible and resumable by step.
 */
import { AdamW } from "../engine/index.js";
import type { Model } from "../model/model.js";
import { trainDataParallel } from "./data-parallel.js";
import { sftLoop, sftStages, type SftData, type SftOptions } from "./sft-loop.js";

export type { SftData, SftOptions, SftStage, SftStepMetrics } from "./sft-loop.js";

export function sftTrain(model: Model, data: SftData, o: SftOptions): AdamW {
  const stages = sftStages(data, model.config.contextLength);
  const opt = o.optimizer ?? new AdamW(model.parameterGroups(o.weightDecay ?? 0.1));
  if ((o.workers ?? 1) > 1) {
    if (o.optimizer || o.startStep) throw new Error("sft: data-parallel training starts from step 0 with a new optimizer");
    trainDataParallel(model, stages, o, opt);
  } else {
    sftLoop(model, stages, o, opt);
  }
  return opt;
}
