import type { ReportData } from "./report-data.js";
/** The Chart.js UMD build (it defines the global `Chart`), read once per process. */
export declare function chartJsUmd(): string;
export interface WriteReportOptions {
    /** Output file (default `<runDir>/report.html`). */
    readonly path?: string;
}
/** Writes the page (temp file + rename, so a reader never sees half a report) and returns its path. */
export declare function writeReport(runDir: string, data: ReportData, opts?: WriteReportOptions): Promise<string>;
