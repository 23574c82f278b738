/**
 * A checkpoint folder that cannot be loaded: a missing, truncated or corrupt file, a checksum
 * that does not match the manifest, or contents that disagree with each other.
 */
export declare class CheckpointError extends Error {
    readonly name = "CheckpointError";
    /** The checkpoint folder. */
    readonly dir: string;
    /** The file inside it that is at fault ("" for the folder itself). */
    readonly file: string;
    /** What is wrong, in a few words. */
    readonly problem: string;
    constructor(opts: {
        dir: string;
        file: string;
        problem: string;
        cause?: unknown;
    });
    static isInstance(e: unknown): e is CheckpointError;
}
