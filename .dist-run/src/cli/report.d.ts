/** `swirl report --run <dir>`: writes the run folder's self-contained HTML report. */
import type { Command } from "commander";
export interface ReportFlags {
    readonly run?: string;
    out?: string;
    title?: string;
    machine?: string;
    maxTrajectories: string;
}
export declare function report(runDirArg: string | undefined, flags: ReportFlags): Promise<void>;
export declare function registerReport(program: Command): void;
