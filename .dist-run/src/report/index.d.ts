/** The HTML report of a run folder: its data shape, the loader, and the writer. */
export type { GoodByStep, ReportCurve, ReportData, ReportSeries, ReportStep, ReportTable, ReportTrajectory, Survivors } from "./report-data.js";
export { emptyReportData } from "./report-data.js";
export { loadReportData, goodShareByStep, type LoadOptions, type LoadedReport } from "./load.js";
export { writeReport, type WriteReportOptions } from "./write.js";
export { escapeHtml, jsonForScript, renderReportHtml } from "./html.js";
export { summaryTable, formatInterval } from "./summary-table.js";
