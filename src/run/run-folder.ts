/**
 * A run folder: one directory per run, human-readable and append-only.
 *
 *   config.json                 resolved config, one section per stage (rewritten atomically)
 *   trajectories.jsonl          generate: one Trajectory per line
 *   verdicts.jsonl              judge: one VerdictRecord per line (process and outcome)
 *   states.<filter>.jsonl       filter: the state set T of each filter
 *   filter-counts.json          filter: survivors per filter
 *   stage-log.jsonl             start / resume / finish events with counts and timings
 *   cache/policy.jsonl          policy completions by request hash
 *   cache/judge.jsonl           judge results by request hash
 *   cache/tools.jsonl           tool results by trajectory, step and input
 *   failures.jsonl              every failed attempt: model, judge and tool calls (run/failures.ts)
 *   locks/<stage>.lock          the process writing as that stage (run/lock.ts)
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FilterName, State, Trajectory } from "../types.js";
import { AppendStore } from "./append-store.js";
import { writeJsonAtomic } from "./atomic.js";
import { parseTrajectory, parseVerdictRecord, readStates, verdictKey, type VerdictRecord } from "./records.js";
import { StageLog, type StageName } from "./stage-log.js";
import { FailureLog } from "./failures.js";
import { acquireRunLock, type RunLock } from "./lock.js";
import { checkFilterName } from "./filter-name.js";

export const RUN_FILES = {
  config: "config.json",
  trajectories: "trajectories.jsonl",
  verdicts: "verdicts.jsonl",
  filterCounts: "filter-counts.json",
  stageLog: "stage-log.jsonl",
  policyCache: "cache/policy.jsonl",
  judgeCache: "cache/judge.jsonl",
  toolCache: "cache/tools.jsonl",
  failures: "failures.jsonl",
} as const;

export class RunFolder {
  readonly log: StageLog;

  private constructor(readonly dir: string) {
    this.log = new StageLog(this.path("stageLog"));
  }

  /** Opens a run folder, creating it (and cache/) when absent. */
  static open(dir: string): RunFolder {
    mkdirSync(join(dir, "cache"), { recursive: true });
    return new RunFolder(dir);
  }

  path(name: keyof typeof RUN_FILES): string {
    return join(this.dir, RUN_FILES[name]);
  }

  statesPath(filter: FilterName): string {
    // checked at run time too: a name typed from outside must not make a path leave the folder
    return join(this.dir, `states.${checkFilterName(filter, "state set")}.jsonl`);
  }

  /** The state set T a filter kept (`swirl filter` writes it). */
  readStates(filter: FilterName): State[] {
    const path = this.statesPath(filter);
    if (!existsSync(path)) throw new Error(`${path} does not exist: run \`swirl filter\` on ${this.dir} first`);
    return readStates(path);
  }

  /**
   * Takes the one-writer lock of `stage` (throws naming the holder); a lock left by a dead
   * process is taken over and the takeover logged.
   */
  lock(stage: StageName): RunLock {
    const lock = acquireRunLock(this.dir, stage);
    if (lock.tookOver) this.log.write({ stage, event: "recovered", file: lock.file, note: `took over the lock of pid ${lock.tookOver.pid} (no longer running)` });
    return lock;
  }

  /** The failure log of `stage` (appends to failures.jsonl). */
  failureLog(stage: StageName): FailureLog {
    return new FailureLog(this.path("failures"), stage);
  }

  /** The resolved config recorded so far ({} for a new run). */
  readConfig(): Record<string, unknown> {
    const file = this.path("config");
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }

  /** Records sections of the resolved config (shared ones like task and policy, and the stage's own). */
  writeConfig(sections: Record<string, unknown>): void {
    writeJsonAtomic(this.path("config"), { ...this.readConfig(), ...sections });
  }

  /**
   * trajectories.jsonl, opened for appending (a torn last line is cut and logged), or read-only
   * by later stages, which must not cut a line that a running `generate` is writing.
   */
  openTrajectories(stage: StageName, opts: { retain?: boolean; readOnly?: boolean; onRecord?: (t: Trajectory) => void } = {}): AppendStore<Trajectory> {
    return this.openLogged(stage, AppendStore.open(this.path("trajectories"), { idOf: (t) => t.id, parse: parseTrajectory, ...opts }));
  }

  openVerdicts(stage: StageName, opts: { readOnly?: boolean } = {}): AppendStore<VerdictRecord> {
    return this.openLogged(stage, AppendStore.open(this.path("verdicts"), { idOf: verdictKey, parse: parseVerdictRecord, ...opts }));
  }

  private openLogged<T>(stage: StageName, store: AppendStore<T>): AppendStore<T> {
    if (store.report.truncatedBytes > 0) {
      const note = !store.writable ? "ignored an incomplete last line (read only)" : "cut a torn last line";
      this.log.write({ stage, event: "recovered", file: store.file, truncatedBytes: store.report.truncatedBytes, note });
    }
    return store;
  }
}
