import type { Trajectory } from "../types.js";
import { type Labels } from "../filter/filters.js";
import type { GoodByStep, ReportData } from "./report-data.js";
export interface LoadOptions {
    /** Page title (default: "swirl run <folder>"). */
    readonly title?: string;
    readonly machine?: string;
    /** At most this many trajectories go into the browser (default 2000), so the page stays light. */
    readonly maxTrajectories?: number;
}
export interface LoadedReport extends ReportData {
    /** Lines or files that could not be read. */
    readonly warnings: readonly string[];
}
/** Share of GOOD process labels by step index (only judged steps count). */
export declare function goodShareByStep(label: string, trajectories: readonly Trajectory[], process: Labels["process"]): GoodByStep;
export declare function loadReportData(runDir: string, opts?: LoadOptions): LoadedReport;
