/**
 * The demo's sizes. `full` is tuned to finish in about 15 minutes on two cores; `quick` runs
 * the same stages on toy sizes (the test suite runs it end to end).
 */
import type { BasePolicyConfig } from "../pretrain/base-policy.js";
export interface DemoConfig {
    readonly base: Partial<BasePolicyConfig>;
    /** Training questions per family rolled out in stage 1, and samples per question. */
    readonly stage1Questions: number;
    readonly samples: number;
    /** Held-out questions per family for evaluation. */
    readonly testQuestions: number;
    /** Stage-2 updates for the main runs and for each filter-ablation run. */
    readonly rlSteps: number;
    readonly ablationSteps: number;
    readonly statesPerStep: number;
    readonly samplesPerState: number;
    readonly rlLr: number;
    readonly sftEpochs: number;
    readonly sftLr: number;
    /** Held-out states (from the base policy's evaluation trajectories) for the sampled-reward check. */
    readonly heldOutStates: number;
}
export declare const FULL_DEMO: DemoConfig;
export declare const QUICK_DEMO: DemoConfig;
