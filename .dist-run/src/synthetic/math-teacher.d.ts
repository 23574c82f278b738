/**
 * The scripted teacher for the arithmetic problems: a Policy that computes the reference
 * expressions one per turn and answers, and that makes, in a chosen share of trajectories, the
 * mistakes real models make: an arithmetic slip (a mistyped number), a wrong operand (an
 * older value instead of the latest), a repeated calculation, answering before the work is done.
 * After a slip or a wrong operand it either notices and redoes the step right, or carries on
 * and answers the wrong value (half the time each).
 */
import type { Example, Message } from "../types.js";
import type { Completion, CompletionRequest, Policy } from "../policy/policy.js";
export type MathMistake = "slip" | "wrong_operand" | "repeat" | "premature";
export declare const MATH_MISTAKES: readonly MathMistake[];
export declare const calcAction: (expr: string) => string;
export declare const answerAction: (value: string | number) => string;
export declare class MathTeacher implements Policy {
    private readonly opts;
    readonly name = "teacher:math";
    private readonly byQuestion;
    /**
     * quoteClause: each calculation is preceded by the problem's sentence it works on, copied
     * verbatim. Which sentence comes next is then "the one after the last quoted", a copy that
     * continues from a match (what small transformers learn first), and the numbers to use sit
     * right before the expression instead of somewhere in a long problem.
     */
    constructor(examples: readonly Example[], opts: {
        mistakeRate: number;
        seed?: number | string;
        quoteClause?: boolean;
    });
    complete(request: CompletionRequest): Promise<Completion>;
    act(messages: readonly Message[], seed: string): string;
}
