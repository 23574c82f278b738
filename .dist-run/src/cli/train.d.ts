/**
 * `swirl train`: stage 2 on a run folder's filtered states (src/train/trainer.ts), or the SFT
 * baseline (`--method sft`). The task and the judge come from what the run recorded, the
 * initial policy from --checkpoint (default: the run's embedded policy).
 */
import type { Command } from "commander";
export declare function registerTrain(program: Command): void;
