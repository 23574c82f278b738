/**
 * Token usage per stage label ("generate", "judge", "train", …): requests, prompt and completion
 * tokens as the server reports them, and cost when per-1M-token prices are given.
 */
export interface Prices {
    /** Currency units per 1M prompt tokens. */
    readonly promptPer1M: number;
    /** Currency units per 1M completion tokens. */
    readonly completionPer1M: number;
}
export interface StageUsage {
    /** Successful requests. */
    requests: number;
    promptTokens: number;
    completionTokens: number;
    /** Computed from the prices; 0 without prices. */
    cost: number;
}
export declare class UsageMeter {
    private readonly prices?;
    private readonly stages;
    constructor(prices?: Prices | undefined);
    add(stage: string, promptTokens: number, completionTokens: number): void;
    /** A copy: stage label → usage. */
    byStage(): Record<string, StageUsage>;
    total(): StageUsage;
}
