/**
 * What the HTML report shows, as plain data. `loadReportData` fills it from a run folder; the
 * demo and evaluation code may build or extend it themselves (e.g. the paper's tables in
 * miniature) and hand it to `writeReport`. Every string here may be arbitrary model output: the
 * renderer escapes all of it.
 */
/** A summary table, e.g. accuracy with 95% intervals per policy and task. */
export interface ReportTable {
    readonly title: string;
    readonly columns: readonly string[];
    /** Cells are shown as given (numbers with up to 3 decimals); null shows as "–". */
    readonly rows: readonly (readonly (string | number | null)[])[];
    /** A line under the table (what the numbers mean, how many samples). */
    readonly note?: string;
}
/** One line of a curve chart. */
export interface ReportSeries {
    readonly name: string;
    /** [x, y] pairs, x usually the training step. */
    readonly points: readonly (readonly [number, number])[];
}
/** A line chart, e.g. mean reward per training step. */
export interface ReportCurve {
    readonly title: string;
    /** Axis label for x (default "step"). */
    readonly xLabel?: string;
    readonly series: readonly ReportSeries[];
}
/** Share of GOOD process labels at step index 0, 1, 2, … of one set of trajectories. */
export interface GoodByStep {
    readonly label: string;
    /** values[i] in [0, 1]: GOOD steps at index i / judged steps at index i. */
    readonly values: readonly number[];
    /** Judged steps at each index (shown in the tooltip). */
    readonly counts?: readonly number[];
}
/** How much survives one filter. */
export interface Survivors {
    readonly trajectories: number;
    readonly states: number;
}
export interface ReportStep {
    /** The raw action text (one model turn). */
    readonly action: string;
    /** The tool's reply (`QUERY -> RESULT`), when the action was a tool call. */
    readonly toolResult?: string;
    /** The process judge's label, when judged. */
    readonly verdict?: "GOOD" | "BAD";
    /** The judge's explanation. */
    readonly rationale?: string;
}
export interface ReportTrajectory {
    readonly id: string;
    readonly question: string;
    /** Gold answer first, then aliases (empty when the run folder does not know it). */
    readonly answerKey: readonly string[];
    /** Why the rollout stopped: answered, step_cap, invalid_action, context_full, error. */
    readonly stop: string;
    readonly answer?: string;
    /** The outcome label; undefined when not judged. */
    readonly correct?: boolean;
    /** Names of the filters that keep this trajectory (e.g. "process", "outcome"). */
    readonly passes?: readonly string[];
    /** The outcome judge's explanation. */
    readonly outcomeRationale?: string;
    readonly steps: readonly ReportStep[];
}
export interface ReportData {
    readonly title: string;
    /** Where it ran (e.g. "2-core Zen 5, Node 20, native kernels"); shown in the header. */
    readonly machine?: string;
    /** When the report was made (ISO); defaults to now. */
    readonly generatedAt?: string;
    readonly tables: readonly ReportTable[];
    readonly curves: readonly ReportCurve[];
    readonly goodByStep: readonly GoodByStep[];
    /** Survivors per filter name (none, process, outcome, process+outcome). */
    readonly survivors: Readonly<Record<string, Survivors>>;
    readonly trajectories: readonly ReportTrajectory[];
    /** Problems met while reading the run folder, shown at the top of the page. */
    readonly warnings?: readonly string[];
}
/** A report with nothing in it yet, to fill piecemeal. */
export declare function emptyReportData(title: string): ReportData;
