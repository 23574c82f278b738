/** Runs `work` on every item with at most `concurrency` in flight, pulling items lazily. */
export declare function forEachConcurrent<T>(items: Iterable<T>, concurrency: number, work: (item: T) => Promise<void>): Promise<void>;
