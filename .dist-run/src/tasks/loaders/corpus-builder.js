export class CorpusBuilder {
    prefix;
    passages = [];
    seen = new Map();
    constructor(prefix) {
        this.prefix = prefix;
    }
    /** Adds a paragraph (if new) and returns its passage id. */
    add(title, text) {
        const key = `${title}\u0000${text}`;
        const known = this.seen.get(key);
        if (known !== undefined)
            return known;
        const id = `${this.prefix}${this.passages.length}`;
        this.seen.set(key, id);
        this.passages.push({ id, title, text });
        return id;
    }
}
/**
 * Reads a context list in any of the common shapes: [title, text], [title, [sentences]],
 * {title, text | paragraph_text | sentences | paragraph | content}, or a bare string.
 * Sentences are joined with "" (HotPotQA's sentences carry their own leading spaces).
 */
export function addContext(fields, path, corpus) {
    const ids = [];
    fields.array(path).forEach((item, i) => {
        const at = `${path}[${i}]`;
        let title;
        let body;
        if (typeof item === "string") {
            title = "";
            body = item;
        }
        else if (Array.isArray(item)) {
            [title, body] = item;
        }
        else if (item && typeof item === "object") {
            const o = item;
            title = o.title ?? "";
            body = o.text ?? o.paragraph_text ?? o.sentences ?? o.paragraph ?? o.content;
        }
        if (typeof title !== "string")
            fields.fail(`${at}.title`, "expected a string title");
        if (Array.isArray(body) && body.every((s) => typeof s === "string"))
            body = body.join("");
        if (typeof body !== "string")
            fields.fail(`${at}.text`, "expected the paragraph text or a list of sentences");
        ids.push(corpus.add(title, body));
    });
    return ids;
}
//# sourceMappingURL=corpus-builder.js.map