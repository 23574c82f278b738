import { type ParsedGguf } from "./gguf-format.js";
import { type TensorMap } from "./safetensors.js";
import type { Tokenizer } from "./tokenizer.js";
/** The hyperparameters llama.cpp needs (field names match the engine's ModelConfig). */
export interface GgufLlamaConfig {
    readonly vocabSize: number;
    readonly dim: number;
    readonly layers: number;
    readonly heads: number;
    readonly kvHeads: number;
    readonly ffnDim: number;
    readonly contextLength: number;
    readonly ropeBase: number;
    readonly normEps: number;
}
export interface WriteGgufOptions {
    readonly config: GgufLlamaConfig;
    readonly tokenizer: Tokenizer;
    readonly tensors: TensorMap;
    /** Weight matrices in f32 or f16; norm weights (1-D) always stay f32. */
    readonly dtype: "f32" | "f16";
    /** general.name; defaults to "swirl". */
    readonly name?: string;
}
/** Row-major shapes every tensor must have, by llama.cpp name. */
export declare function expectedShapes(c: GgufLlamaConfig, tied: boolean): Map<string, number[]>;
/** Writes a GGUF file atomically (temp file + fsync + rename). Throws on a missing, extra or misshapen tensor. */
export declare function writeGguf(path: string, o: WriteGgufOptions): Promise<void>;
export interface GgufFile extends ParsedGguf {
    /** Reads one tensor back as floats with its row-major shape (f32 and f16 only). */
    tensor(name: string): {
        shape: number[];
        data: Float32Array;
    };
}
/** Reads a GGUF file: header, metadata, tensor infos, and tensor data on demand. */
export declare function readGguf(path: string): Promise<GgufFile>;
