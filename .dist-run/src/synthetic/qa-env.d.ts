/**
 * The synthetic QA environment: world, corpus, BM25 search over it (exact title first, as the
 * prototype found best), train/test questions, and the maps a rule judge needs (article text →
 * title). Search results show the article text alone: it already starts with the title.
 */
import { type SyntheticQa, type SyntheticQaOptions } from "../tasks/synthetic-qa.js";
import { Bm25Index } from "../tools/search/bm25-index.js";
import type { Tool } from "../tools/tool.js";
export interface QaEnv extends SyntheticQa {
    readonly search: Tool;
    readonly index: Bm25Index;
    /** Article text → its title (the entity it is about). */
    readonly titleOfText: ReadonlyMap<string, string>;
}
export declare function buildQaEnv(opts: SyntheticQaOptions): QaEnv;
