/**
 * A checkpoint folder that cannot be loaded: a missing, truncated or corrupt file, a checksum
 * that does not match the manifest, or contents that disagree with each other.
 */
export class CheckpointError extends Error {
    name = "CheckpointError";
    /** The checkpoint folder. */
    dir;
    /** The file inside it that is at fault ("" for the folder itself). */
    file;
    /** What is wrong, in a few words. */
    problem;
    constructor(opts) {
        const where = opts.file ? `${opts.dir}/${opts.file}` : opts.dir;
        super(`checkpoint ${where}: ${opts.problem}`, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.dir = opts.dir;
        this.file = opts.file;
        this.problem = opts.problem;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "CheckpointError";
    }
}
//# sourceMappingURL=checkpoint-error.js.map