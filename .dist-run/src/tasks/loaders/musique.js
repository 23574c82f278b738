import { addContext, CorpusBuilder } from "./corpus-builder.js";
import { RecordFields } from "./fields.js";
import { readJsonlObjects } from "./source.js";
/** Streams examples with the passage ids of their paragraphs, adding paragraphs to `corpus`. */
export async function* streamMusique(source, corpus = new CorpusBuilder("musique-")) {
    for await (const { line, record } of readJsonlObjects(source)) {
        const f = new RecordFields(source, line, record);
        const id = f.string("id");
        const answer = f.string("answer");
        const aliases = f.get("answer_aliases") === undefined ? [] : f.strings("answer_aliases");
        const passageIds = addContext(f, "paragraphs", corpus);
        const hopMatch = /^(\d)hop/.exec(id);
        yield {
            id,
            dataset: "musique",
            kind: "qa",
            question: f.string("question"),
            answers: [answer, ...aliases.filter((a) => a !== answer)],
            meta: {
                hops: hopMatch ? Number(hopMatch[1]) : undefined,
                answerable: f.get("answerable") ?? true,
                decomposition: f.get("question_decomposition") ?? [],
                passageIds,
            },
        };
    }
}
export async function loadMusique(source, opts = {}) {
    const corpus = new CorpusBuilder("musique-");
    const examples = [];
    if (opts.limit === 0)
        return { examples, corpus: corpus.passages };
    for await (const ex of streamMusique(source, corpus)) {
        examples.push(ex);
        if (examples.length === opts.limit)
            break;
    }
    return { examples, corpus: corpus.passages };
}
//# sourceMappingURL=musique.js.map