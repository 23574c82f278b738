/** A record of a data file that cannot be read: names the file, the 1-based line and the field. */
export class MalformedRecordError extends Error {
  override readonly name = "MalformedRecordError";
  /** Path or URL of the data file. */
  readonly file: string;
  /** 1-based line where the record starts (0 when unknown). */
  readonly line: number;
  /** The offending field, dotted for nested ones (e.g. "context[3][1]"); "" for the whole record. */
  readonly field: string;
  /** What is wrong, in a few words. */
  readonly problem: string;

  constructor(opts: { file: string; line: number; field: string; problem: string }) {
    const where = opts.field ? `field "${opts.field}"` : "record";
    super(`${opts.file}:${opts.line}: ${where}: ${opts.problem}`);
    this.file = opts.file;
    this.line = opts.line;
    this.field = opts.field;
    this.problem = opts.problem;
  }

  static isInstance(e: unknown): e is MalformedRecordError {
    return e instanceof Error && e.name === "MalformedRecordError";
  }
}
