/**
 * The LLM outcome judge (paper §2): a model compares the final answer with the answer key,
 * YES → GOOD, NO → BAD, by the rules in prompts.ts. A trajectory that never answered is BAD
 * without a call.
 */
import type { Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge } from "./judge.js";
import { type LlmJudgeOptions } from "./llm-ask.js";
export declare class LlmOutcomeJudge implements OutcomeJudge {
    private readonly opts;
    readonly name: string;
    /** What besides the input decides a verdict; the cache key includes it. */
    readonly config: Readonly<Record<string, unknown>>;
    constructor(opts: LlmJudgeOptions);
    judgeOutcome(x: OutcomeToJudge): Promise<Verdict>;
}
