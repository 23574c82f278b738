/**
 * The demo's sizes. `full` is the default `swirl demo` (docs/results.md has its measured time and
 * results); `quick` runs the same stages on toy sizes (the test suite runs it end to end).
 */
import type { BasePolicyConfig } from "../pretrain/base-policy.js";
import type { StateBalance } from "../train/state-sampler.js";

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
  /** β of the stage-2 KL penalty to the base policy (src/train/objective.ts). */
  readonly klWeight: number;
  readonly sftEpochs: number;
  readonly sftLr: number;
  /** Held-out states (from the base policy's evaluation trajectories) for the sampled-reward check. */
  readonly heldOutStates: number;
  /** Training seeds of every stage-2 and SFT run: each Δ is pooled over them. */
  readonly trainSeeds: number;
  /** How stage-2 updates draw states from T (src/train/state-sampler.ts). */
  readonly balance: StateBalance;
}

export const FULL_DEMO: DemoConfig = {
  // the base policy's defaults (src/pretrain/base-policy.ts): XS, QA curriculum then math, 1,900 updates
  base: {},
  // stage 1: 1,000 questions × 5 samples per family. SWiRL on math with the states of 300
  // questions memorises their numbers: greedy math on held-out problems fell 0.430 → 0.363 (100
  // updates at 5e-5, training seed 1); with 1,000 questions' states, 0.427 (seed 2: 0.397).
  stage1Questions: 1000, samples: 5, testQuestions: 300,
  // stage 2: 100 updates of 8 states × 8 samples at 5e-5, a sixth of the base policy's peak lr.
  // The rate trades the QA gain against damage to the fragile number copying of math (training
  // seed 1, 300 questions' states; greedy accuracy, base QA 0.450, math 0.430):
  //   SWiRL on QA   at 3e-5: QA 0.630, math 0.407; 5e-5: QA 0.750, math 0.367; 1e-4: QA 0.727, math 0.220
  //   SWiRL on math at 3e-5: math 0.413;           5e-5: math 0.363;           1e-4: math 0.310
  // At 1e-4 a β of 0.3 instead of 0.05 gave math 0.363, and REINFORCE without a baseline 0.327.
  // SFT keeps a lower rate: it already moves greedy accuracy at 3e-5.
  rlSteps: 100, ablationSteps: 20, statesPerStep: 8, samplesPerState: 8, rlLr: 5e-5,
  // States by trajectory length, then by question within a length, and β 0.2. What SWiRL on math
  // broke was the operator: "buys 25 more" became 10 − 25. The policy's choice of operator hardly
  // depends on the verb, so updates on the states where samples disagree move it for every
  // problem: among the base's wrong first calculations 27 used "−", after SWiRL on math 88 and 105
  // (training seeds 1, 2; uniform T weights each question by how many of its samples the base got
  // right). Greedy math after SWiRL on math (base 0.367), training seeds 1 / 2:
  //   by length, β 0.05: 0.313 / 0.303;  + by question: 0.330 / 0.360;  + β 0.2: 0.363 / 0.380;  β 0.5: 0.357 / 0.383
  // SWiRL on QA at this balance and β, 8 × 4: QA 0.647 / 0.653 (by length, β 0.05: 0.727 / 0.690; base 0.443).
  // 8 samples per state instead of 4 average the update's noise down: greedy math after SWiRL on
  // math 0.363 / 0.380 / 0.367 → 0.403 / 0.407 / 0.377 (training seeds 1 / 2 / 3), QA after SWiRL
  // on QA 0.647 / 0.653 → 0.690 / 0.710 (seeds 1 / 2); 16 states × 4 samples gave math 0.393 /
  // 0.410. A run costs ~1.7× the time of 8 × 4.
  klWeight: 0.2, sftEpochs: 2, sftLr: 3e-5, heldOutStates: 200, trainSeeds: 3, balance: "trajectory-length+question",
};

export const QUICK_DEMO: DemoConfig = {
  base: {
    qaQuestions: 300, mathQuestions: 200, steps: 40, preset: "tiny", world: { persons: 600, works: 200, oneWordNames: true },
    curriculum: { qa: [0, 10], math: [20, 30] },
  },
  stage1Questions: 12, samples: 2, testQuestions: 16,
  rlSteps: 3, ablationSteps: 2, statesPerStep: 2, samplesPerState: 2, rlLr: 2e-4,
  klWeight: 0.2, sftEpochs: 1, sftLr: 3e-4, heldOutStates: 8, trainSeeds: 2, balance: "trajectory-length+question",
};
