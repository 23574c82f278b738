/**
 * A prompt that does not fit the model's context window. Not a transient failure: the same
 * conversation will never fit, so a rollout that hits it ends (stop = "context_full") instead of
 * being retried, and a resumed run does not pay for it again.
 */
export declare class ContextLengthError extends Error {
    readonly promptTokens: number;
    readonly contextLength: number;
    readonly name = "ContextLengthError";
    constructor(promptTokens: number, contextLength: number);
    static isInstance(e: unknown): e is ContextLengthError;
}
