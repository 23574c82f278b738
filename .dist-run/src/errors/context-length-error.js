/**
 * A prompt that does not fit the model's context window. Not a transient failure: the same
 * conversation will never fit, so a rollout that hits it ends (stop = "context_full") instead of
 * being retried, and a resumed run does not pay for it again.
 */
export class ContextLengthError extends Error {
    promptTokens;
    contextLength;
    name = "ContextLengthError";
    constructor(promptTokens, contextLength) {
        super(`prompt of ${promptTokens} tokens does not fit the context of ${contextLength}`);
        this.promptTokens = promptTokens;
        this.contextLength = contextLength;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "ContextLengthError";
    }
}
//# sourceMappingURL=context-length-error.js.map