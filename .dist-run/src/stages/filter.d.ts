import { type FilterCounts, type FilterName } from "../filter/filters.js";
export interface FilterOptions {
    readonly runDir: string;
    /** Which state sets to write (default all four). */
    readonly filters?: readonly FilterName[];
    /** Resolved config sections to record in config.json. */
    readonly config?: Record<string, unknown>;
}
export interface FilterResult {
    /** Survivors of every filter (trajectories and states), whichever were written. */
    readonly counts: Readonly<Record<FilterName, FilterCounts>>;
    /** The state-set file of each filter written. */
    readonly files: Partial<Record<FilterName, string>>;
    /** Complete trajectories considered; those left out because a policy call failed. */
    readonly trajectories: number;
    readonly incomplete: number;
    /** Items without a usable verdict (never judged, judged on other input, or an error record). */
    readonly unlabelled: {
        readonly process: number;
        readonly outcome: number;
    };
    readonly ms: number;
}
export declare function filter(o: FilterOptions): Promise<FilterResult>;
