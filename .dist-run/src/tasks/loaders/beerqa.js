import { addContext, CorpusBuilder } from "./corpus-builder.js";
import { atLine, RecordFields } from "./fields.js";
import { elementLines, parseJsonDocument, readText } from "./source.js";
export async function loadBeerQa(source, opts = {}) {
    const text = await readText(source);
    const doc = parseJsonDocument(text, source);
    const top = new RecordFields(source, 1, (doc ?? {}));
    if (typeof doc !== "object" || doc === null || Array.isArray(doc))
        top.fail("", "expected an object {version, split, data}");
    const data = top.array("data");
    const split = top.optionalString("split");
    const corpus = new CorpusBuilder("beerqa-");
    const examples = [];
    let lines;
    for (let i = 0; i < data.length && (opts.limit === undefined || i < opts.limit); i++) {
        try {
            const raw = data[i];
            const f = new RecordFields(source, 0, (raw ?? {}));
            if (typeof raw !== "object" || raw === null || Array.isArray(raw))
                f.fail("", "not a JSON object");
            const answers = f.get("answers") === undefined && split === "test" ? [] : f.strings("answers");
            const passageIds = f.get("context") === undefined ? [] : addContext(f, "context", corpus);
            examples.push({
                id: f.string("id"),
                dataset: "beerqa",
                kind: "qa",
                question: f.string("question"),
                answers,
                meta: { src: f.optionalString("src"), split, passageIds },
            });
        }
        catch (e) {
            lines ??= elementLines(text, 2);
            throw atLine(e, lines[i] ?? 0);
        }
    }
    return { examples, corpus: corpus.passages };
}
//# sourceMappingURL=beerqa.js.map