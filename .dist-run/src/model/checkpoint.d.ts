import { type SafetensorsDtype, type TensorMap } from "./safetensors.js";
import { Tokenizer } from "./tokenizer.js";
export interface CheckpointContents<C = unknown> {
    /** The model config (any JSON-able value). */
    readonly config: C;
    readonly tokenizer: Tokenizer;
    readonly weights: TensorMap;
    /** Optimizer state as named tensors (e.g. "m.<param>", "v.<param>"), for resuming training. */
    readonly optimizer?: TensorMap;
    /** Training progress (step, learning-rate schedule position, RNG state…), for resuming. */
    readonly trainState?: Readonly<Record<string, unknown>>;
}
export interface CheckpointManifest {
    readonly format: "swirl-checkpoint";
    readonly version: 1;
    readonly created: string;
    readonly files: Readonly<Record<string, {
        readonly sha256: string;
        readonly bytes: number;
    }>>;
}
export interface LoadedCheckpoint<C = unknown> extends CheckpointContents<C> {
    readonly manifest: CheckpointManifest;
}
/** Writes a checkpoint folder atomically (see the header). `dtype` applies to weights only. */
export declare function saveCheckpoint<C>(dir: string, contents: CheckpointContents<C>, opts?: {
    dtype?: SafetensorsDtype;
}): Promise<void>;
/**
 * Loads and verifies a checkpoint. `parseConfig` may validate the config (e.g. a zod parse);
 * whatever it throws is reported as a problem with config.json.
 */
export declare function loadCheckpoint<C = unknown>(dir: string, opts?: {
    parseConfig?: (raw: unknown) => C;
}): Promise<LoadedCheckpoint<C>>;
