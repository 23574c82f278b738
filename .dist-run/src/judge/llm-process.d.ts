/**
 * The LLM process judge (paper §2): a model rates one action in its context GOOD or BAD with no
 * answer key, by the criteria in prompts.ts. Runs over any Policy: an OpenAI-compatible server
 * or the embedded model.
 */
import type { Verdict } from "../types.js";
import type { ProcessJudge, StepToJudge } from "./judge.js";
import { type LlmJudgeOptions } from "./llm-ask.js";
export type { LlmJudgeOptions } from "./llm-ask.js";
export declare class LlmProcessJudge implements ProcessJudge {
    private readonly opts;
    readonly name: string;
    /** What besides the input decides a verdict; the cache key includes it. */
    readonly config: Readonly<Record<string, unknown>>;
    constructor(opts: LlmJudgeOptions);
    judgeStep(x: StepToJudge): Promise<Verdict>;
}
