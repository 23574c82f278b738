/**
 * A judge that could not produce a verdict: its replies never contained a label we could read
 * (after retries with other seeds), its model call failed for good, too few votes came back, or
 * the example is not one it can judge (a rule judge given another task's example: a BAD verdict
 * there would be a silent wrong 0). The judge stage catches it and records the item as an error
 * instead of dropping it; the reward server answers it with an error.
 */
export type JudgeProblem = "unparseable" | "call_failed" | "no_quorum" | "not_applicable";

export class JudgeError extends Error {
  override readonly name = "JudgeError";
  /** Name of the judge that failed (as in Verdict.judge). */
  readonly judge: string;
  readonly problem: JudgeProblem;
  /** Model calls (or votes) made before giving up. */
  readonly attempts: number;
  /** The raw replies that could not be parsed (empty when the call itself failed). */
  readonly replies: readonly string[];

  constructor(opts: { judge: string; problem: JudgeProblem; attempts: number; replies?: readonly string[]; detail?: string; cause?: unknown }) {
    const what = {
      unparseable: "no label found in the reply",
      call_failed: "the model call failed",
      no_quorum: "too few votes succeeded",
      not_applicable: "cannot judge this example",
    }[opts.problem];
    const detail = opts.detail ? `: ${opts.detail}` : "";
    super(`judge ${opts.judge}: ${what} after ${opts.attempts} attempt(s)${detail}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.judge = opts.judge;
    this.problem = opts.problem;
    this.attempts = opts.attempts;
    this.replies = opts.replies ?? [];
  }

  static isInstance(e: unknown): e is JudgeError {
    return e instanceof Error && e.name === "JudgeError";
  }
}
