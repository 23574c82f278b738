/** Answer metrics (official-equivalent scorers) and statistics for evaluation reports. */
export { normalizeAnswer, pySplit } from "./normalize.js";
export { hotpotExactMatch, hotpotF1, hotpotScore, type F1Score } from "./hotpotqa.js";
export { musiqueScore, squadExactMatch, squadF1 } from "./musique.js";
export { beerqaScore } from "./beerqa.js";
export { extractGsm8kAnswer, gsm8kExactMatch } from "./gsm8k.js";
export { numericMatch, parseNumericAnswer } from "./numeric.js";
export { accuracyInterval, wilsonInterval, Z95, type Interval } from "./intervals.js";
export { pairedBootstrap, pooledBootstrap, type BootstrapOptions, type BootstrapResult } from "./bootstrap.js";
