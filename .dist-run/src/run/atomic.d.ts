export declare function writeFileAtomic(file: string, chunks: Iterable<string>): void;
export declare function writeJsonAtomic(file: string, value: unknown): void;
export declare function jsonLines(records: Iterable<unknown>): Iterable<string>;
