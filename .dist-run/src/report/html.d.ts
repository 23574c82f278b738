/**
 * Renders ReportData as one self-contained HTML page: the summary tables as static HTML
 * (readable even with scripts off), the data as an inert JSON block, Chart.js and the page
 * script inlined. A Content-Security-Policy forbids every network fetch, so the page works
 * offline and cannot leak anything if a trajectory smuggled in a URL.
 */
import type { ReportData, ReportTable } from "./report-data.js";
/** Text → HTML text or attribute value. */
export declare function escapeHtml(s: string): string;
/**
 * JSON safe inside a <script> element: `<`, `>` and `&` as \u escapes (so no `</script>` or
 * `<!--` can end the block), and the two line separators JavaScript once choked on.
 */
export declare function jsonForScript(value: unknown): string;
/** Inlined third-party code must not close its own <script> element early. */
export declare function scriptSafe(code: string): string;
export declare function renderTable(t: ReportTable): string;
export interface HtmlParts {
    /** Chart.js UMD source, inlined as is (after scriptSafe). */
    readonly chartJs: string;
}
export declare function renderReportHtml(data: ReportData, parts: HtmlParts): string;
