import { loadMappedJsonl } from "./mapped-jsonl.js";
export const COFCA_MAPPING = {
    id: "id",
    question: "question",
    answer: "answer",
    aliases: "answer_aliases",
    context: "context",
    meta: ["type", "sub_questions"],
};
export async function loadCofca(source, opts = {}) {
    return loadMappedJsonl(source, { dataset: "cofca", kind: "qa", limit: opts.limit, mapping: { ...COFCA_MAPPING, ...opts.mapping } });
}
//# sourceMappingURL=cofca.js.map