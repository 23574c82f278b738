/**
 * What the HTML report shows, as plain data. `loadReportData` fills it from a run folder; the
 * demo and evaluation code may build or extend it themselves (e.g. the paper's tables in
 * miniature) and hand it to `writeReport`. Every string here may be arbitrary model output: the
 * renderer escapes all of it.
 */
/** A report with nothing in it yet, to fill piecemeal. */
export function emptyReportData(title) {
    return { title, tables: [], curves: [], goodByStep: [], survivors: {}, trajectories: [] };
}
//# sourceMappingURL=report-data.js.map