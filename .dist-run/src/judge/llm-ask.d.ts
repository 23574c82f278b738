import type { Policy } from "../policy/policy.js";
import type { Message } from "../types.js";
export interface LlmJudgeOptions {
    /** The model that judges: an HTTP policy (use forStage("judge") to count its usage apart) or the embedded one. */
    readonly policy: Policy;
    /** Verdict.judge and the cache identity (default `llm:${policy.name}`). */
    readonly name?: string;
    /** Default 0 (greedy): the paper's judge labels, it does not explore. */
    readonly temperature?: number;
    /** Temperature of the retries after an unparseable reply when `temperature` is 0 (default 0.7). */
    readonly retryTemperature?: number;
    /** Default 512: room to explain before the label. */
    readonly maxTokens?: number;
    /** Seed of the first attempt; attempt i uses seed + i (default 0). Votes give each judge its own. */
    readonly seed?: number;
    /** Model calls per verdict before giving up on an unparseable reply (default 3). */
    readonly attempts?: number;
}
/** Everything that changes a verdict besides its input (part of the cache key). */
export declare function judgeConfig(kind: string, o: LlmJudgeOptions, promptVersion: number): Record<string, unknown>;
export declare function askForLabel<L extends string>(o: LlmJudgeOptions, judge: string, messages: readonly Message[], parse: (reply: string) => L | undefined): Promise<{
    label: L;
    reply: string;
}>;
