/**
 * The synthetic QA environment: world, corpus, BM25 search over it (exact title first: queries
 * are entity names, and BM25 alone sometimes ranks a mentioning article above the entity's own), train/test questions, and the maps a rule judge needs (article text →
 * title). Search results show the article text alone: it already starts with the title.
 */
import { generateSyntheticQa, type SyntheticQa, type SyntheticQaOptions } from "./questions.js";
import { Bm25Index, DEFAULT_BM25, buildBm25Data } from "../../tools/search/bm25-index.js";
import { localRetriever } from "../../tools/search/retriever.js";
import { searchTool } from "../../tools/search/search-tool.js";
import type { Tool } from "../../tools/tool.js";

export interface QaEnv extends SyntheticQa {
  readonly search: Tool;
  readonly index: Bm25Index;
  /** Article text → its title (the entity it is about). */
  readonly titleOfText: ReadonlyMap<string, string>;
}

export function buildQaEnv(opts: SyntheticQaOptions): QaEnv {
  const qa = generateSyntheticQa(opts);
  const index = new Bm25Index(buildBm25Data(qa.corpus, DEFAULT_BM25));
  const retriever = localRetriever(index, { exactTitleFirst: true });
  const search = searchTool({ retriever, k: 1, format: (hits) => (hits.length === 0 ? "No results found." : hits.map((h) => h.passage.text).join("\n")) });
  return { ...qa, index, search, titleOfText: new Map(qa.corpus.map((p) => [p.text, p.title])) };
}
