/** `swirl export-gguf`: a checkpoint folder as one GGUF file that llama.cpp / Ollama can run. */
import type { Command } from "commander";
export interface ExportGgufFlags {
    checkpoint: string;
    out: string;
    dtype: string;
}
export declare function exportGgufCommand(flags: ExportGgufFlags): Promise<void>;
export declare function registerExportGguf(program: Command): void;
