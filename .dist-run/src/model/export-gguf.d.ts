import type { Model } from "./model.js";
import type { Tokenizer } from "./tokenizer.js";
export type GgufDtype = "f32" | "f16";
/** Writes `model` with `tokenizer` to `path` (atomically). f16 halves the matrices; norms stay f32. */
export declare function exportGguf(model: Model, tokenizer: Tokenizer, path: string, dtype?: GgufDtype, name?: string): Promise<void>;
/** Copies the weights of a GGUF file (f32 or f16) into `model`, checking the hyperparameters match. */
export declare function loadGgufWeights(model: Model, path: string): Promise<void>;
