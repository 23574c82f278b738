/**
 * Judges (paper §2): a process judge labels one action in its context GOOD or BAD without the
 * answer key; an outcome judge compares a final answer with the key. Rule judges (synthetic
 * worlds), LLM judges (any OpenAI-compatible model) and the wrappers (cache, votes) all
 * implement these two interfaces.
 */
import type { Example, Message, Verdict } from "../types.js";
/** What a process judge sees: the question (never its answers), the context s_i, the action a_i. */
export interface StepToJudge {
    readonly example: Omit<Example, "answers">;
    readonly messages: readonly Message[];
    readonly action: string;
}
export interface OutcomeToJudge {
    readonly example: Example;
    /** The final answer; undefined when the trajectory never answered. */
    readonly answer: string | undefined;
}
export interface ProcessJudge {
    readonly name: string;
    judgeStep(x: StepToJudge): Promise<Verdict>;
}
export interface OutcomeJudge {
    readonly name: string;
    judgeOutcome(x: OutcomeToJudge): Promise<Verdict>;
}
/** The example as a process judge may see it: without the answer key. */
export declare function hideAnswers(e: Example): Omit<Example, "answers">;
