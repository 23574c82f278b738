import type { Example } from "../types.js";
export interface AnswerScore {
    /** 1 when the answer counts as correct (the accuracy metric). */
    readonly correct: number;
    readonly em: number;
    readonly f1: number;
}
export declare function scoreAnswer(example: Example, answer: string | undefined): AnswerScore;
