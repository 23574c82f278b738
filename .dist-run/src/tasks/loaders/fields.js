/** Checked access to the fields of one raw record; every failure names file, line and field. */
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
export class RecordFields {
    file;
    line;
    record;
    constructor(file, line, record) {
        this.file = file;
        this.line = line;
        this.record = record;
    }
    fail(field, problem) {
        throw new MalformedRecordError({ file: this.file, line: this.line, field, problem });
    }
    /** Value at a dotted path ("a.b.0"); undefined when any part is missing. */
    get(path) {
        let v = this.record;
        for (const part of path.split(".")) {
            if (v === null || typeof v !== "object")
                return undefined;
            v = v[part];
        }
        return v;
    }
    string(path) {
        const v = this.get(path);
        if (typeof v === "number" || typeof v === "boolean")
            return String(v);
        if (typeof v !== "string")
            this.fail(path, v === undefined ? "missing" : `expected a string, got ${kind(v)}`);
        return v;
    }
    optionalString(path) {
        return this.get(path) === undefined || this.get(path) === null ? undefined : this.string(path);
    }
    /** A string, or a list of strings (a single string becomes a one-element list). */
    strings(path) {
        const v = this.get(path);
        if (typeof v === "string" || typeof v === "number")
            return [String(v)];
        if (!Array.isArray(v))
            this.fail(path, v === undefined ? "missing" : `expected a list of strings, got ${kind(v)}`);
        return v.map((x, i) => {
            if (typeof x !== "string" && typeof x !== "number")
                this.fail(`${path}[${i}]`, `expected a string, got ${kind(x)}`);
            return String(x);
        });
    }
    array(path) {
        const v = this.get(path);
        if (!Array.isArray(v))
            this.fail(path, v === undefined ? "missing" : `expected a list, got ${kind(v)}`);
        return v;
    }
}
function kind(v) {
    return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v;
}
/** Gives a MalformedRecordError raised before its line was known (line 0) the record's line. */
export function atLine(e, line) {
    if (!MalformedRecordError.isInstance(e) || e.line !== 0)
        return e;
    return new MalformedRecordError({ file: e.file, line, field: e.field, problem: e.problem });
}
//# sourceMappingURL=fields.js.map