import { addContext, CorpusBuilder } from "./corpus-builder.js";
import { atLine, RecordFields } from "./fields.js";
import { elementLines, parseJsonDocument, readText } from "./source.js";
export async function loadHotpotQa(source, opts = {}) {
    const text = await readText(source);
    const doc = parseJsonDocument(text, source);
    if (!Array.isArray(doc))
        throw new RecordFields(source, 1, {}).fail("", "expected a JSON array of questions");
    const corpus = new CorpusBuilder("hotpotqa-");
    const examples = [];
    let lines;
    for (let i = 0; i < doc.length && (opts.limit === undefined || i < opts.limit); i++) {
        const raw = doc[i];
        try {
            const f = new RecordFields(source, 0, (raw ?? {}));
            if (typeof raw !== "object" || raw === null || Array.isArray(raw))
                f.fail("", "not a JSON object");
            const passageIds = addContext(f, "context", corpus);
            examples.push({
                id: f.string("_id"),
                dataset: "hotpotqa",
                kind: "qa",
                question: f.string("question"),
                answers: [f.string("answer")],
                meta: {
                    type: f.optionalString("type"),
                    level: f.optionalString("level"),
                    supportingFacts: f.get("supporting_facts") ?? [],
                    passageIds,
                },
            });
        }
        catch (e) {
            // only now pay for finding the record's line
            lines ??= elementLines(text, 1);
            throw atLine(e, lines[i] ?? 0);
        }
    }
    return { examples, corpus: corpus.passages };
}
//# sourceMappingURL=hotpotqa.js.map