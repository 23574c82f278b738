/** The demo's miniature versions of the paper's tables, as text for the terminal and as report tables. */
import type { ReportTable } from "../report/index.js";
import type { Interval, BootstrapResult } from "../metrics/index.js";
export declare const pct: (x: number) => string;
export declare const interval: (i: Interval) => string;
export declare const delta: (d: BootstrapResult) => string;
/** Renders a report table as aligned text. */
export declare function textTable(t: ReportTable): string;
