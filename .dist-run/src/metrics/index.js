/** Answer metrics (official-equivalent scorers) and statistics for evaluation reports. */
export { normalizeAnswer, pySplit } from "./normalize.js";
export { hotpotExactMatch, hotpotF1, hotpotScore } from "./hotpotqa.js";
export { musiqueScore, squadExactMatch, squadF1 } from "./musique.js";
export { beerqaScore } from "./beerqa.js";
export { extractGsm8kAnswer, gsm8kExactMatch } from "./gsm8k.js";
export { numericMatch, parseNumericAnswer } from "./numeric.js";
export { accuracyInterval, wilsonInterval, Z95 } from "./intervals.js";
export { pairedBootstrap } from "./bootstrap.js";
//# sourceMappingURL=index.js.map