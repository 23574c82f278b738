export declare function toJsonl(records: Iterable<unknown>): string;
/** Streams records to `path` (creating its folder), respecting back-pressure. */
export declare function writeJsonl(path: string, records: Iterable<unknown> | AsyncIterable<unknown>): Promise<number>;
