/** A remote retrieval server that could not be reached or answered something unusable. */
export class RetrievalError extends Error {
  override readonly name = "RetrievalError";
  /** The URL that was called. */
  readonly endpoint: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly problem: string;

  constructor(opts: { endpoint: string; status: number; problem: string }) {
    super(`retrieval ${opts.endpoint}${opts.status ? ` (HTTP ${opts.status})` : ""}: ${opts.problem}`);
    this.endpoint = opts.endpoint;
    this.status = opts.status;
    this.problem = opts.problem;
  }

  static isInstance(e: unknown): e is RetrievalError {
    return e instanceof Error && e.name === "RetrievalError";
  }
}
