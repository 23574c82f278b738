/** SWiRL's stage-2 reward as an HTTP service (OpenRLHF remote reward protocol + plain JSON). */
export { startRewardServer } from "./server.js";
export { Scorer, BadRequest } from "./scorer.js";
export { recoverAction, responseOf, trimAction, RecoverError, END_MARKERS, DEFAULT_STOP } from "./recover.js";
//# sourceMappingURL=index.js.map