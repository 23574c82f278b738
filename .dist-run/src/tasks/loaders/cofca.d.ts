/**
 * CofCA (Wu et al., arXiv 2402.11924): counterfactual multi-hop QA. Its release could not be
 * obtained here, so this loader reads it through a documented field mapping (docs/tasks.md):
 * by default {id, question, answer, answer_aliases?, context: [[title, text], ...]} as a JSON
 * array or JSON Lines; pass `mapping` to adapt to the layout you have.
 */
import type { LoadedTask } from "./corpus-builder.js";
import type { LoadOptions } from "./gsm8k.js";
import { type FieldMapping } from "./mapped-jsonl.js";
export declare const COFCA_MAPPING: FieldMapping;
export declare function loadCofca(source: string, opts?: LoadOptions & {
    mapping?: Partial<FieldMapping>;
}): Promise<LoadedTask>;
