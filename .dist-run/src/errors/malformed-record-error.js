/** A record of a data file that cannot be read: names the file, the 1-based line and the field. */
export class MalformedRecordError extends Error {
    name = "MalformedRecordError";
    /** Path or URL of the data file. */
    file;
    /** 1-based line where the record starts (0 when unknown). */
    line;
    /** The offending field, dotted for nested ones (e.g. "context[3][1]"); "" for the whole record. */
    field;
    /** What is wrong, in a few words. */
    problem;
    constructor(opts) {
        const where = opts.field ? `field "${opts.field}"` : "record";
        super(`${opts.file}:${opts.line}: ${where}: ${opts.problem}`);
        this.file = opts.file;
        this.line = opts.line;
        this.field = opts.field;
        this.problem = opts.problem;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "MalformedRecordError";
    }
}
//# sourceMappingURL=malformed-record-error.js.map