/**
 * A judge that could not produce a verdict: its replies never contained a label we could read
 * (after retries with other seeds), its model call failed for good, or too few votes came back.
 * The judge stage catches it and records the item as an error instead of dropping it.
 */
export type JudgeProblem = "unparseable" | "call_failed" | "no_quorum";
export declare class JudgeError extends Error {
    readonly name = "JudgeError";
    /** Name of the judge that failed (as in Verdict.judge). */
    readonly judge: string;
    readonly problem: JudgeProblem;
    /** Model calls (or votes) made before giving up. */
    readonly attempts: number;
    /** The raw replies that could not be parsed (empty when the call itself failed). */
    readonly replies: readonly string[];
    constructor(opts: {
        judge: string;
        problem: JudgeProblem;
        attempts: number;
        replies?: readonly string[];
        detail?: string;
        cause?: unknown;
    });
    static isInstance(e: unknown): e is JudgeError;
}
