/** A record of a data file that cannot be read: names the file, the 1-based line and the field. */
export declare class MalformedRecordError extends Error {
    readonly name = "MalformedRecordError";
    /** Path or URL of the data file. */
    readonly file: string;
    /** 1-based line where the record starts (0 when unknown). */
    readonly line: number;
    /** The offending field, dotted for nested ones (e.g. "context[3][1]"); "" for the whole record. */
    readonly field: string;
    /** What is wrong, in a few words. */
    readonly problem: string;
    constructor(opts: {
        file: string;
        line: number;
        field: string;
        problem: string;
    });
    static isInstance(e: unknown): e is MalformedRecordError;
}
