/**
 * Token usage per stage label ("generate", "judge", "train", …): requests, prompt and completion
 * tokens as the server reports them, and cost when per-1M-token prices are given.
 */
export class UsageMeter {
    prices;
    stages = new Map();
    constructor(prices) {
        this.prices = prices;
    }
    add(stage, promptTokens, completionTokens) {
        const u = this.stages.get(stage) ?? { requests: 0, promptTokens: 0, completionTokens: 0, cost: 0 };
        u.requests += 1;
        u.promptTokens += promptTokens;
        u.completionTokens += completionTokens;
        if (this.prices)
            u.cost += (promptTokens * this.prices.promptPer1M + completionTokens * this.prices.completionPer1M) / 1e6;
        this.stages.set(stage, u);
    }
    /** A copy: stage label → usage. */
    byStage() {
        return Object.fromEntries([...this.stages].map(([k, v]) => [k, { ...v }]));
    }
    total() {
        const t = { requests: 0, promptTokens: 0, completionTokens: 0, cost: 0 };
        for (const u of this.stages.values()) {
            t.requests += u.requests;
            t.promptTokens += u.promptTokens;
            t.completionTokens += u.completionTokens;
            t.cost += u.cost;
        }
        return t;
    }
}
//# sourceMappingURL=http-usage.js.map