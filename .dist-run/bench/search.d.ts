export declare function benchSearch(opts: {
    quick: boolean;
}): Promise<Record<string, unknown>>;
