/**
 * Oracle step labels for the synthetic families, computed WITH the answer key and the
 * reference solution: what a perfect process judge that knew the solution would say. Used only
 * to measure the rule judges (false-positive / false-negative rates), never for training.
 * - QA: a query is right when it names the next entity of the reference chain whose article
 *   the context lacks (for comparisons, either subject not yet retrieved); an answer is right
 *   when it is the gold answer.
 * - Math: a calculation is right when it gives the next reference result; an answer when it
 *   equals the gold answer.
 */
import type { Example, Trajectory } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import type { QaEnv } from "./qa-env.js";
import type { Message } from "../types.js";
export declare function qaOracle(env: Pick<QaEnv, "titleOfText">, example: Example, messages: readonly Message[], action: string): boolean;
export declare function mathOracle(example: Example, messages: readonly Message[], action: string): boolean;
export interface Agreement {
    readonly steps: number;
    /** Judge GOOD where the oracle says wrong, over oracle-wrong steps. */
    readonly fpr: number;
    /** Judge BAD where the oracle says right, over oracle-right steps. */
    readonly fnr: number;
    readonly agreement: number;
}
/** Compares a process judge with an oracle on every step of the trajectories. */
export declare function judgeAgreement(trajectories: readonly Trajectory[], examples: ReadonlyMap<string, Example>, judge: ProcessJudge, oracle: (example: Example, messages: readonly Message[], action: string) => boolean): Promise<Agreement>;
