export class JudgeError extends Error {
    name = "JudgeError";
    /** Name of the judge that failed (as in Verdict.judge). */
    judge;
    problem;
    /** Model calls (or votes) made before giving up. */
    attempts;
    /** The raw replies that could not be parsed (empty when the call itself failed). */
    replies;
    constructor(opts) {
        const what = {
            unparseable: "no label found in the reply",
            call_failed: "the model call failed",
            no_quorum: "too few votes succeeded",
        }[opts.problem];
        const detail = opts.detail ? `: ${opts.detail}` : "";
        super(`judge ${opts.judge}: ${what} after ${opts.attempts} attempt(s)${detail}`, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.judge = opts.judge;
        this.problem = opts.problem;
        this.attempts = opts.attempts;
        this.replies = opts.replies ?? [];
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "JudgeError";
    }
}
//# sourceMappingURL=judge-error.js.map