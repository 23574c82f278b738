export declare function benchGenerate(opts: {
    quick: boolean;
}): Promise<Record<string, unknown>>;
