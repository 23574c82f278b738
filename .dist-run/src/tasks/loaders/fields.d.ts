export declare class RecordFields {
    readonly file: string;
    readonly line: number;
    readonly record: Record<string, unknown>;
    constructor(file: string, line: number, record: Record<string, unknown>);
    fail(field: string, problem: string): never;
    /** Value at a dotted path ("a.b.0"); undefined when any part is missing. */
    get(path: string): unknown;
    string(path: string): string;
    optionalString(path: string): string | undefined;
    /** A string, or a list of strings (a single string becomes a one-element list). */
    strings(path: string): string[];
    array(path: string): unknown[];
}
/** Gives a MalformedRecordError raised before its line was known (line 0) the record's line. */
export declare function atLine(e: unknown, line: number): unknown;
