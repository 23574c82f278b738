import type { FilterName } from "../filter/filters.js";
import type { Trajectory } from "../types.js";
import { AppendStore } from "./append-store.js";
import { type VerdictRecord } from "./records.js";
import { StageLog, type StageName } from "./stage-log.js";
export declare const RUN_FILES: {
    readonly config: "config.json";
    readonly trajectories: "trajectories.jsonl";
    readonly verdicts: "verdicts.jsonl";
    readonly filterCounts: "filter-counts.json";
    readonly stageLog: "stage-log.jsonl";
    readonly policyCache: "cache/policy.jsonl";
    readonly judgeCache: "cache/judge.jsonl";
};
export declare class RunFolder {
    readonly dir: string;
    readonly log: StageLog;
    private constructor();
    /** Opens a run folder, creating it (and cache/) when absent. */
    static open(dir: string): RunFolder;
    path(name: keyof typeof RUN_FILES): string;
    statesPath(filter: FilterName): string;
    /** The resolved config recorded so far ({} for a new run). */
    readConfig(): Record<string, unknown>;
    /** Records sections of the resolved config (shared ones like task and policy, and the stage's own). */
    writeConfig(sections: Record<string, unknown>): void;
    /**
     * trajectories.jsonl, opened for appending (a torn last line is cut and logged), or read-only
     * by later stages, which must not cut a line that a running `generate` is writing.
     */
    openTrajectories(stage: StageName, opts?: {
        retain?: boolean;
        readOnly?: boolean;
        onRecord?: (t: Trajectory) => void;
    }): AppendStore<Trajectory>;
    openVerdicts(stage: StageName, opts?: {
        readOnly?: boolean;
    }): AppendStore<VerdictRecord>;
    private openLogged;
}
