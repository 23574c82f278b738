/** `swirl export`: the state set as verl Parquet and OpenRLHF / TRL JSONL prompt datasets. */
import type { Command } from "commander";
export interface ExportFlags {
    readonly run?: string;
    filter: string;
    format: string;
    out?: string;
    states?: string;
    examples?: string;
    kind?: string;
    valFraction: string;
}
export declare function exportCommand(runDirArg: string | undefined, flags: ExportFlags): Promise<void>;
export declare function registerExport(program: Command): void;
