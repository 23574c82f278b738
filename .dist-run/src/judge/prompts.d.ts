/**
 * The LLM judges' prompts, written in our own words from the paper's criteria (§2, App. E), and
 * the parsers of their replies.
 *
 * Process judge: sees the question and the context, rates only the newest assistant message.
 * A tool call is GOOD when it is likely to help answer the question (and repeats no earlier
 * call); an answer is GOOD only when it follows from what the tools returned — whether it is
 * true does not matter, and when the results do not support an answer, any answer is BAD. The
 * judge explains first and ends with the label; the LAST label in the reply counts, so a
 * judge that mentions both while reasoning is read by its conclusion.
 *
 * Outcome judge: compares the final answer with the answer key only (no own knowledge), YES/NO;
 * for math, equal numbers in another form (18, 18.0, $18, 18 dollars) count as the same.
 */
import type { Message } from "../types.js";
import type { OutcomeToJudge, StepToJudge } from "./judge.js";
/** Bump when a prompt changes: cached verdicts of an older prompt are then not reused. */
export declare const PROMPT_VERSION = 1;
/** Chat messages for the process judge: the context as a transcript, the step to rate apart. */
export declare function processJudgeMessages(x: StepToJudge): Message[];
/** Chat messages for the outcome judge; undefined answers never reach it (they are BAD). */
export declare function outcomeJudgeMessages(x: OutcomeToJudge & {
    answer: string;
}): Message[];
/** The last GOOD/BAD label in a reply (upper case, as asked), or undefined. */
export declare function parseProcessLabel(reply: string): "GOOD" | "BAD" | undefined;
/** The last YES/NO in a reply (upper case, as asked), or undefined. */
export declare function parseOutcomeLabel(reply: string): "YES" | "NO" | undefined;
