export declare function benchPipeline(opts: {
    quick: boolean;
}): Promise<Record<string, unknown>>;
