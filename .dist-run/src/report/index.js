export { emptyReportData } from "./report-data.js";
export { loadReportData, goodShareByStep } from "./load.js";
export { writeReport } from "./write.js";
export { escapeHtml, jsonForScript, renderReportHtml } from "./html.js";
export { summaryTable, formatInterval } from "./summary-table.js";
//# sourceMappingURL=index.js.map