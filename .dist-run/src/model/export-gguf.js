import { readGguf, writeGguf } from "./gguf.js";
import { weightsOf } from "./io.js";
/** Writes `model` with `tokenizer` to `path` (atomically). f16 halves the matrices; norms stay f32. */
export async function exportGguf(model, tokenizer, path, dtype = "f16", name = "swirl") {
    if (tokenizer.vocabSize > model.config.vocabSize) {
        throw new Error(`export-gguf: tokenizer has ${tokenizer.vocabSize} tokens, the model only ${model.config.vocabSize}`);
    }
    await writeGguf(path, { config: model.config, tokenizer, tensors: weightsOf(model), dtype, name });
}
/** Copies the weights of a GGUF file (f32 or f16) into `model`, checking the hyperparameters match. */
export async function loadGgufWeights(model, path) {
    const g = await readGguf(path);
    const c = model.config;
    const want = [
        ["llama.embedding_length", c.dim],
        ["llama.block_count", c.layers],
        ["llama.attention.head_count", c.heads],
        ["llama.attention.head_count_kv", c.kvHeads],
        ["llama.feed_forward_length", c.ffnDim],
    ];
    for (const [key, value] of want) {
        const got = g.metadata.get(key);
        if (got?.value !== value)
            throw new Error(`${path}: ${key} is ${String(got?.value)}, the model needs ${value}`);
    }
    for (const [name, t] of model.namedParameters()) {
        const w = g.tensor(name);
        if (w.shape.join() !== t.shape.join())
            throw new Error(`${path}: tensor ${name} has shape [${w.shape.join(", ")}], the model needs [${t.shape.join(", ")}]`);
        t.data.set(w.data);
    }
}
//# sourceMappingURL=export-gguf.js.map