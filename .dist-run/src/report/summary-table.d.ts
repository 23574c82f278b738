/**
 * Turns an evaluation summary (any JSON object, as `swirl eval` writes it) into a two-column
 * table, so the report shows summaries whose exact shape it does not know. An interval
 * `{mean|value|estimate, lo, hi}` (or `{lower, upper}`) prints as "0.650 [0.600, 0.700]"; other
 * nested objects flatten to dotted keys; long arrays are summarised by their length.
 */
import type { ReportTable } from "./report-data.js";
/** "m [lo, hi]" when the object looks like an estimate with a 95% interval. */
export declare function formatInterval(v: Record<string, unknown>): string | undefined;
export declare function summaryTable(title: string, summary: unknown): ReportTable;
