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

export class UsageMeter {
  private readonly stages = new Map<string, StageUsage>();

  constructor(private readonly prices?: Prices) {}

  add(stage: string, promptTokens: number, completionTokens: number): void {
    const u = this.stages.get(stage) ?? { requests: 0, promptTokens: 0, completionTokens: 0, cost: 0 };
    u.requests += 1;
    u.promptTokens += promptTokens;
    u.completionTokens += completionTokens;
    if (this.prices) u.cost += (promptTokens * this.prices.promptPer1M + completionTokens * this.prices.completionPer1M) / 1e6;
    this.stages.set(stage, u);
  }

  /** A copy: stage label → usage. */
  byStage(): Record<string, StageUsage> {
    return Object.fromEntries([...this.stages].map(([k, v]) => [k, { ...v }]));
  }

  total(): StageUsage {
    const t: StageUsage = { requests: 0, promptTokens: 0, completionTokens: 0, cost: 0 };
    for (const u of this.stages.values()) {
      t.requests += u.requests;
      t.promptTokens += u.promptTokens;
      t.completionTokens += u.completionTokens;
      t.cost += u.cost;
    }
    return t;
  }
}
