import { AppendStore } from "./append-store.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { issuePath } from "./records.js";
export class JsonlStore {
    store;
    constructor(store) {
        this.store = store;
    }
    /**
     * Opens or creates the file; `schema` validates each value read back. `retainAppended: false`
     * keeps in memory only the values read at open: a value `set` by this process is on disk and
     * counted but `get` no longer returns it (for caches whose new keys never repeat within a run).
     */
    static open(file, schema, opts = {}) {
        const store = AppendStore.open(file, {
            idOf: (e) => e.key,
            retainAppended: opts.retainAppended,
            parse: (value, f, line) => {
                const e = value;
                if (typeof e?.key !== "string")
                    throw new MalformedRecordError({ file: f, line, field: "key", problem: "expected a string" });
                if (!schema)
                    return e;
                const r = schema.safeParse(e.value);
                if (!r.success) {
                    const issue = r.error.issues[0];
                    throw new MalformedRecordError({ file: f, line, field: issuePath(["value", ...issue.path]), problem: issue.message });
                }
                return { key: e.key, value: r.data };
            },
        });
        return new JsonlStore(store);
    }
    get(key) {
        return this.store.get(key)?.value;
    }
    /** Resolves once the line is written; lines set in the same loop turn share one write. */
    set(key, value) {
        return this.store.appendBatched({ key, value });
    }
    get size() {
        return this.store.size;
    }
    /** Bytes of a torn last line cut off on open (0 normally). */
    get truncatedBytes() {
        return this.store.report.truncatedBytes;
    }
    close() {
        this.store.close();
    }
}
//# sourceMappingURL=jsonl-kv.js.map