/**
 * A prompt that does not fit the model's context window. Not a transient failure: the same
 * conversation will never fit, so a rollout that hits it ends (stop = "context_full") instead of
 * being retried, and a resumed run does not pay for it again.
 */
export class ContextLengthError extends Error {
  override readonly name = "ContextLengthError";

  constructor(readonly promptTokens: number, readonly contextLength: number) {
    super(`prompt of ${promptTokens} tokens does not fit the context of ${contextLength}`);
  }

  static isInstance(e: unknown): e is ContextLengthError {
    return e instanceof Error && e.name === "ContextLengthError";
  }
}
