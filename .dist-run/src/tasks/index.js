export { generateWorld, DEFAULT_WORLD_SIZES, YEAR_RELATIONS } from "./synthetic-world.js";
export { createWorldLookup } from "./world-lookup.js";
export { articleText, worldCorpus } from "./world-articles.js";
export { CHAIN_TEMPLATES, COMPARISON_TEMPLATES } from "./qa-templates.js";
export { generateQaQuestions, generateSyntheticQa, readQaMeta } from "./synthetic-qa.js";
export { generateMathProblems, readMathMeta } from "./synthetic-math.js";
export { MATH_FRAMES } from "./math-templates.js";
export { toJsonl, writeJsonl } from "./jsonl.js";
export { loadGsm8k, streamGsm8k } from "./loaders/gsm8k.js";
export { loadHotpotQa } from "./loaders/hotpotqa.js";
export { loadMusique, streamMusique } from "./loaders/musique.js";
export { loadBeerQa } from "./loaders/beerqa.js";
export { loadCofca, COFCA_MAPPING } from "./loaders/cofca.js";
export { loadMappedJsonl, streamMappedJsonl } from "./loaders/mapped-jsonl.js";
//# sourceMappingURL=index.js.map