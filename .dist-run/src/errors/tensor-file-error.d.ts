/** A tensor file (safetensors, GGUF) that cannot be parsed: names the file, the format and what is wrong. */
export declare class TensorFileError extends Error {
    readonly name = "TensorFileError";
    /** Path of the file ("<buffer>" when parsed from memory). */
    readonly file: string;
    readonly format: "safetensors" | "gguf";
    /** What is wrong, in a few words (e.g. "header length 900 runs past the end of a 512-byte file"). */
    readonly problem: string;
    constructor(opts: {
        file: string;
        format: "safetensors" | "gguf";
        problem: string;
    });
    static isInstance(e: unknown): e is TensorFileError;
}
