/**
 * `writeReport`: ReportData → `report.html` in the run folder (or a path of the caller's choice).
 * Chart.js is read from node_modules at report time and inlined, so the page needs no network.
 */
import { readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderReportHtml } from "./html.js";
let chartJsSource;
/** The Chart.js UMD build (it defines the global `Chart`), read once per process. */
export function chartJsUmd() {
    if (chartJsSource === undefined) {
        // the package's exports map hides dist/, so find its entry point and look beside it
        const entry = createRequire(import.meta.url).resolve("chart.js");
        chartJsSource = readFileSync(join(dirname(entry), "chart.umd.min.js"), "utf8");
    }
    return chartJsSource;
}
/** Writes the page (temp file + rename, so a reader never sees half a report) and returns its path. */
export async function writeReport(runDir, data, opts = {}) {
    const path = opts.path ?? join(runDir, "report.html");
    await mkdir(dirname(path), { recursive: true });
    const html = renderReportHtml(data, { chartJs: chartJsUmd() });
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, html, "utf8");
    await rename(tmp, path);
    return path;
}
//# sourceMappingURL=write.js.map