import { statSync } from "node:fs";
import { exportGguf } from "../model/export-gguf.js";
import { loadModel } from "../model/io.js";
export async function exportGgufCommand(flags) {
    if (flags.dtype !== "f16" && flags.dtype !== "f32")
        throw new Error(`--dtype: must be f16 or f32, not "${flags.dtype}"`);
    const { model, tokenizer } = await loadModel(flags.checkpoint);
    await exportGguf(model, tokenizer, flags.out, flags.dtype);
    const mb = statSync(flags.out).size / 2 ** 20;
    console.log(`wrote ${flags.out} (${flags.dtype}, ${mb.toFixed(1)} MiB; llama: dim ${model.config.dim}, ${model.config.layers} layers, vocab ${model.config.vocabSize})`);
}
export function registerExportGguf(program) {
    program
        .command("export-gguf")
        .description("write a model checkpoint as GGUF (llama architecture, with its tokenizer) for llama.cpp")
        .requiredOption("--checkpoint <dir>", "checkpoint folder (model.safetensors, config, tokenizer)")
        .requiredOption("--out <file>", "GGUF file to write")
        .option("--dtype <f16|f32>", "weight matrices as f16 or f32 (norms always f32)", "f16")
        .action(exportGgufCommand);
}
//# sourceMappingURL=export-gguf.js.map