import type { Example, State, TaskKind } from "../types.js";
export declare const EXPORT_FORMATS: readonly ["verl", "openrlhf", "trl"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export interface ExportOptions {
    /** The states to export; or read from `statesPath`, or from `<runDir>/states.<filter>.jsonl`. */
    readonly states?: readonly State[];
    readonly statesPath?: string;
    readonly runDir?: string;
    /** Filter whose state set to read (default "process", the paper's best for SWiRL). */
    readonly filter?: string;
    /** Output folder (default `<runDir>/export/<filter>`). */
    readonly outDir?: string;
    readonly formats?: readonly ExportFormat[];
    /** Examples by id; read from `<runDir>/examples.jsonl` when absent and that file exists. */
    readonly examples?: ReadonlyMap<string, Example>;
    readonly kind?: TaskKind;
    readonly valFraction?: number;
}
export interface ExportResult {
    readonly rows: number;
    readonly train: number;
    readonly val: number;
    /** Every file written. */
    readonly files: readonly string[];
}
export declare function exportStateSet(opts: ExportOptions): Promise<ExportResult>;
