/**
 * The rule process judge for the synthetic arithmetic problems. It never reads the answer key:
 * it reads the problem's operations from the family's sentence templates (math-story.ts) and
 * follows the calculations in the context as they actually came out. The paper's criteria as
 * rules:
 * - a calculation is GOOD when it is the next useful one: it evaluates to what the story's next
 *   operation gives from the values the context has actually reached (so a step that builds
 *   correctly on an earlier slip is still a good step), and it repeats no earlier calculation;
 * - an answer is GOOD only when it follows from the results: every operation of the story has
 *   been carried out and the answer equals the value reached;
 * - any malformed action is BAD.
 */
import type { Message } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import { type Story } from "./math-story.js";
/** Expressions computed so far and their numeric results (failed calls give NaN). */
export declare function calculationsSoFar(messages: readonly Message[]): {
    exprs: string[];
    results: number[];
};
/** Where the context stands in the story: the value reached, and the values the next calculations must give. */
export declare function progress(story: Story, results: readonly number[]): {
    value: number;
    expected: number[];
    done: boolean;
};
export declare function mathRuleJudge(): ProcessJudge;
