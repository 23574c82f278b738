/**
 * A checkpoint folder that cannot be loaded: a missing, truncated or corrupt file, a checksum
 * that does not match the manifest, or contents that disagree with each other.
 */
export class CheckpointError extends Error {
  override readonly name = "CheckpointError";
  /** The checkpoint folder. */
  readonly dir: string;
  /** The file inside it that is at fault ("" for the folder itself). */
  readonly file: string;
  /** What is wrong, in a few words. */
  readonly problem: string;

  constructor(opts: { dir: string; file: string; problem: string; cause?: unknown }) {
    const where = opts.file ? `${opts.dir}/${opts.file}` : opts.dir;
    super(`checkpoint ${where}: ${opts.problem}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.dir = opts.dir;
    this.file = opts.file;
    this.problem = opts.problem;
  }

  static isInstance(e: unknown): e is CheckpointError {
    return e instanceof Error && e.name === "CheckpointError";
  }
}
