/** A tensor file (safetensors, GGUF) that cannot be parsed: names the file, the format and what is wrong. */
export class TensorFileError extends Error {
    name = "TensorFileError";
    /** Path of the file ("<buffer>" when parsed from memory). */
    file;
    format;
    /** What is wrong, in a few words (e.g. "header length 900 runs past the end of a 512-byte file"). */
    problem;
    constructor(opts) {
        super(`${opts.file}: not a valid ${opts.format} file: ${opts.problem}`);
        this.file = opts.file;
        this.format = opts.format;
        this.problem = opts.problem;
    }
    static isInstance(e) {
        return e instanceof Error && e.name === "TensorFileError";
    }
}
//# sourceMappingURL=tensor-file-error.js.map