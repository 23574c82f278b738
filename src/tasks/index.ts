/** Task sets: the synthetic QA world and math problems, and loaders of the real datasets. */
export type { Passage } from "./passage.js";
export { generateWorld, DEFAULT_WORLD_SIZES, YEAR_RELATIONS, type Entity, type EntityType, type Fact, type Relation, type Split, type World, type WorldSizes } from "../synthetic/qa/world.js";
export { createWorldLookup, type WorldLookup } from "../synthetic/qa/world-lookup.js";
export { articleText, worldCorpus } from "../synthetic/qa/world-articles.js";
export { CHAIN_TEMPLATES, COMPARISON_TEMPLATES } from "../synthetic/qa/templates.js";
export { generateQaQuestions, generateSyntheticQa, readQaMeta, type QaMeta, type QaQuestionOptions, type SyntheticQa, type SyntheticQaOptions } from "../synthetic/qa/questions.js";
export { generateMathProblems, readMathMeta, type MathMeta, type MathOptions } from "../synthetic/math/problems.js";
export { MATH_FRAMES } from "../synthetic/math/templates.js";
export { toJsonl, writeJsonl } from "./jsonl.js";
export { type LoadedTask } from "./loaders/corpus-builder.js";
export { loadGsm8k, streamGsm8k, type LoadOptions } from "./loaders/gsm8k.js";
export { loadHotpotQa } from "./loaders/hotpotqa.js";
export { loadMusique, streamMusique } from "./loaders/musique.js";
export { loadBeerQa } from "./loaders/beerqa.js";
export { loadCofca, COFCA_MAPPING } from "./loaders/cofca.js";
export { loadMappedJsonl, streamMappedJsonl, type FieldMapping, type MappedOptions } from "./loaders/mapped-jsonl.js";
