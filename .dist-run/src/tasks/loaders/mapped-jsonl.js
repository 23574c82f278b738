/**
 * Any JSON Lines file (or JSON array) of questions, read through a field mapping: dotted paths
 * to the id, question, answer(s), aliases and optional context paragraphs of each record.
 */
import { open } from "node:fs/promises";
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
import { addContext, CorpusBuilder } from "./corpus-builder.js";
import { atLine, RecordFields } from "./fields.js";
import { elementLines, isUrl, parseJsonDocument, readJsonlObjects, readText } from "./source.js";
function toExample(f, index, opts, corpus) {
    const m = opts.mapping;
    const gold = f.strings(m.answer);
    if (gold.length === 0)
        f.fail(m.answer, "no answer");
    const aliases = m.aliases && f.get(m.aliases) !== undefined ? f.strings(m.aliases) : [];
    const answers = [...new Set([...gold, ...aliases])];
    const meta = {};
    for (const path of m.meta ?? [])
        meta[path] = f.get(path);
    // a record without context is fine (closed-book questions); a malformed one is not
    if (m.context && f.get(m.context) !== undefined)
        meta.passageIds = addContext(f, m.context, corpus);
    return {
        id: m.id ? f.string(m.id) : `${opts.dataset}-${index}`,
        dataset: opts.dataset,
        kind: opts.kind,
        question: f.string(m.question),
        answers,
        meta,
    };
}
/** Streams a JSON Lines file record by record. */
export async function* streamMappedJsonl(source, opts, corpus = new CorpusBuilder(`${opts.dataset}-`)) {
    let i = 0;
    for await (const { line, record } of readJsonlObjects(source)) {
        yield toExample(new RecordFields(source, line, record), i++, opts, corpus);
    }
}
async function looksLikeJsonArray(source) {
    if (isUrl(source))
        return /\.json$/i.test(new URL(source).pathname);
    const fh = await open(source, "r");
    try {
        const { buffer, bytesRead } = await fh.read(Buffer.alloc(256), 0, 256, 0);
        return buffer.subarray(0, bytesRead).toString("utf8").trimStart().startsWith("[");
    }
    finally {
        await fh.close();
    }
}
/** Loads JSON Lines (streamed) or a JSON array of records, detected from the first character. */
export async function loadMappedJsonl(source, opts) {
    const corpus = new CorpusBuilder(`${opts.dataset}-`);
    const examples = [];
    const full = () => opts.limit !== undefined && examples.length >= opts.limit;
    if (await looksLikeJsonArray(source)) {
        const text = await readText(source);
        const doc = parseJsonDocument(text, source);
        if (!Array.isArray(doc))
            throw new MalformedRecordError({ file: source, line: 1, field: "", problem: "expected a JSON array of records" });
        let lines;
        for (let i = 0; i < doc.length && !full(); i++) {
            try {
                const raw = doc[i];
                const f = new RecordFields(source, 0, (raw ?? {}));
                if (typeof raw !== "object" || raw === null || Array.isArray(raw))
                    f.fail("", "not a JSON object");
                examples.push(toExample(f, i, opts, corpus));
            }
            catch (e) {
                lines ??= elementLines(text, 1);
                throw atLine(e, lines[i] ?? 0);
            }
        }
    }
    else {
        if (full())
            return { examples, corpus: corpus.passages };
        for await (const ex of streamMappedJsonl(source, opts, corpus)) {
            examples.push(ex);
            if (full())
                break;
        }
    }
    return { examples, corpus: corpus.passages };
}
//# sourceMappingURL=mapped-jsonl.js.map