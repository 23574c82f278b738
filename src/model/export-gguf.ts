/**
 * The embedded model as a GGUF file for llama.cpp (and Ollama, node-llama-cpp), and back.
 *
 * The Model's parameters already carry llama.cpp names and row-major [out, in] shapes, so export
 * is a straight copy through writeGguf (gguf.ts): tied embeddings simply write no output.weight.
 * `loadGgufWeights` is the inverse for the weights only (the tokenizer cannot be rebuilt from
 * GGUF metadata here); the benchmark uses it so both engines read the very same file.
 */
import type { ModelConfig } from "./config.js";
import { readGguf, writeGguf } from "./gguf.js";
import { weightsOf } from "./io.js";
import type { Model } from "./model.js";
import type { Tokenizer } from "./tokenizer.js";

export type GgufDtype = "f32" | "f16";

/** Writes `model` with `tokenizer` to `path` (atomically). f16 halves the matrices; norms stay f32. */
export async function exportGguf(model: Model, tokenizer: Tokenizer, path: string, dtype: GgufDtype = "f16", name = "swirl"): Promise<void> {
  if (tokenizer.vocabSize > model.config.vocabSize) {
    throw new Error(`export-gguf: tokenizer has ${tokenizer.vocabSize} tokens, the model only ${model.config.vocabSize}`);
  }
  await writeGguf(path, { config: model.config, tokenizer, tensors: weightsOf(model), dtype, name });
}

/** Copies the weights of a GGUF file (f32 or f16) into `model`, checking the hyperparameters match. */
export async function loadGgufWeights(model: Model, path: string): Promise<void> {
  const g = await readGguf(path);
  const c: ModelConfig = model.config;
  const want: [string, number][] = [
    ["llama.embedding_length", c.dim],
    ["llama.block_count", c.layers],
    ["llama.attention.head_count", c.heads],
    ["llama.attention.head_count_kv", c.kvHeads],
    ["llama.feed_forward_length", c.ffnDim],
  ];
  for (const [key, value] of want) {
    const got = g.metadata.get(key);
    if (got?.value !== value) throw new Error(`${path}: ${key} is ${String(got?.value)}, the model needs ${value}`);
  }
  for (const [name, t] of model.namedParameters()) {
    const w = g.tensor(name);
    if (w.shape.join() !== t.shape.join()) throw new Error(`${path}: tensor ${name} has shape [${w.shape.join(", ")}], the model needs [${t.shape.join(", ")}]`);
    t.data.set(w.data);
  }
}
