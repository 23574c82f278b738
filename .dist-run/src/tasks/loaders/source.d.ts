export declare function isUrl(source: string): boolean;
/** Yields each line with its 1-based number; a trailing "\r" is dropped. */
export declare function readLines(source: string): AsyncGenerator<{
    line: number;
    text: string;
}>;
export declare function readText(source: string): Promise<string>;
/** Yields the parsed object of every non-blank JSONL line; a line that is not a JSON object is an error. */
export declare function readJsonlObjects(source: string): AsyncGenerator<{
    line: number;
    record: Record<string, unknown>;
}>;
/** Parses a whole JSON document; a syntax error names the line it occurred on. */
export declare function parseJsonDocument(text: string, file: string): unknown;
export declare function lineAt(text: string, offset: number): number;
/**
 * The 1-based start line of each element of the array at `path` inside a JSON document — found
 * by a cheap scan only when an error must be reported, so whole-document loaders can still name
 * a line. `depth` is the nesting depth of the elements (1 for a top-level array, 2 for {data: [...]}).
 */
export declare function elementLines(text: string, depth: number): number[];
