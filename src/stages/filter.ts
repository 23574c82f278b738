/**
 * Stage 1c, `filter` (paper §2, Fig. 4): the state set T for stage 2 under one or all of the
 * four filters (none, process, outcome, process+outcome), written to states.<filter>.jsonl, and
 * the survivors of every filter to filter-counts.json. Both are derived files, rewritten
 * atomically (temp + rename) on every run: filtering is pure and cheap, so "resuming" it is
 * simply running it again.
 *
 * Only verdicts on exactly what a trajectory now holds count (see judge-inputs.ts); a step with
 * no verdict, or an error record, does not pass the process filter. Trajectories cut short by a
 * failed policy call are left out of every filter.
 */
import type { Trajectory, Verdict } from "../types.js";
import { FILTERS, stateSet, survivorCounts, type FilterCounts, type FilterName, type Labels } from "../filter/filters.js";
import { RunFolder } from "../run/run-folder.js";
import { jsonLines, writeFileAtomic, writeJsonAtomic } from "../run/atomic.js";
import { verdictKey, verdictOf } from "../run/records.js";
import { isComplete, judgeItems } from "./judge-inputs.js";

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
  readonly unlabelled: { readonly process: number; readonly outcome: number };
  readonly ms: number;
}

/** Natural order of ids ("q-2#0" before "q-10#0"), so output does not depend on finishing order. */
const byId = (a: Trajectory, b: Trajectory) => a.id.localeCompare(b.id, "en", { numeric: true });

export async function filter(o: FilterOptions): Promise<FilterResult> {
  const t0 = performance.now();
  const run = RunFolder.open(o.runDir);
  const chosen = o.filters ?? FILTERS;

  // inputs first: nothing in the folder changes when they are missing
  const store = run.openTrajectories("filter", { readOnly: true });
  const all = [...store.values()];
  store.close();
  if (all.length === 0) throw new Error(`filter: ${run.path("trajectories")} holds no trajectories: run \`swirl generate\` first`);
  const verdicts = run.openVerdicts("filter", { readOnly: true });
  if (verdicts.size === 0) {
    verdicts.close();
    throw new Error(`filter: ${run.path("verdicts")} holds no verdicts: run \`swirl judge\` first`);
  }
  const trajectories = all.filter(isComplete).sort(byId);
  if (o.config) run.writeConfig(o.config);
  run.log.write({ stage: "filter", event: "start", filters: chosen });

  const process = new Map<string, Verdict>();
  const outcome = new Map<string, Verdict>();
  const unlabelled = { process: 0, outcome: 0 };
  for (const t of trajectories) {
    for (const x of judgeItems(t)) {
      const r = verdicts.get(verdictKey(x));
      const v = r && r.input === x.input ? verdictOf(r) : undefined;
      if (v) (x.kind === "process" ? process : outcome).set(x.id, v);
      else unlabelled[x.kind]++;
    }
  }
  verdicts.close();
  const labels: Labels = { process, outcome };

  const files: Partial<Record<FilterName, string>> = {};
  for (const f of chosen) {
    const file = run.statesPath(f);
    writeFileAtomic(file, jsonLines(stateSet(f, trajectories, labels).states));
    files[f] = file;
  }
  const counts = survivorCounts(trajectories, labels);
  const result: FilterResult = { counts, files, trajectories: trajectories.length, incomplete: all.length - trajectories.length, unlabelled, ms: Math.round(performance.now() - t0) };
  writeJsonAtomic(run.path("filterCounts"), { trajectories: result.trajectories, incomplete: result.incomplete, unlabelled, survivors: counts });
  run.log.write({ stage: "filter", event: "finish", trajectories: result.trajectories, incomplete: result.incomplete, unlabelled, survivors: counts, ms: result.ms });
  return result;
}
