/**
 * CofCA (Wu et al., arXiv 2402.11924): counterfactual multi-hop QA. Its release could not be
 * obtained here, so this loader reads it through a documented field mapping (docs/tasks.md):
 * by default {id, question, answer, answer_aliases?, context: [[title, text], ...]} as a JSON
 * array or JSON Lines; pass `mapping` to adapt to the layout you have.
 */
import type { LoadedTask } from "./corpus-builder.js";
import type { LoadOptions } from "./gsm8k.js";
import { loadMappedJsonl, type FieldMapping } from "./mapped-jsonl.js";

export const COFCA_MAPPING: FieldMapping = {
  id: "id",
  question: "question",
  answer: "answer",
  aliases: "answer_aliases",
  context: "context",
  meta: ["type", "sub_questions"],
};

export async function loadCofca(source: string, opts: LoadOptions & { mapping?: Partial<FieldMapping> } = {}): Promise<LoadedTask> {
  return loadMappedJsonl(source, { dataset: "cofca", kind: "qa", limit: opts.limit, mapping: { ...COFCA_MAPPING, ...opts.mapping } });
}
