/** SWiRL's stage-2 reward as an HTTP service (OpenRLHF remote reward protocol + plain JSON). */
export { startRewardServer, type RewardServerOptions, type RunningRewardServer } from "./server.js";
export { Scorer, BadRequest, type Score, type ScoreRequest, type ScorerOptions } from "./scorer.js";
export { recoverAction, responseOf, trimAction, RecoverError, END_MARKERS, DEFAULT_STOP } from "./recover.js";
