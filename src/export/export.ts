/**
 * `swirl export`: the state set T of one filter as prompt datasets for distributed RL engines
 * (verl Parquet, OpenRLHF JSONL, TRL JSONL), so their GPU workers run stage 2 while
 * `swirl reward-server` scores each sampled action with SWiRL's judge.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Example, State, TaskKind, Trajectory } from "../types.js";
import { exportRows, type ExportRow } from "./rows.js";
import { writeVerlParquet } from "./verl-parquet.js";
import { writeOpenRlhfJsonl, writeTrlJsonl } from "./chat-jsonl.js";
import { parseTrajectory, readExamples, readJsonlRecords, readStates } from "../run/records.js";
import { checkFilterName } from "../run/filter-name.js";

export const EXPORT_FORMATS = ["verl", "openrlhf", "trl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** The states to export; or read from `statesPath`, or from `<runDir>/states.<filter>.jsonl`. */
  readonly states?: readonly State[];
  readonly statesPath?: string;
  readonly runDir?: string;
  /** Filter whose state set to read (default "process", the paper's best for SWiRL). */
  readonly filter?: string;
  /** Output folder (default `<runDir>/export/<filter>`). */
  readonly outDir?: string;
  readonly formats?: readonly ExportFormat[];
  /** Examples by id; read from `<runDir>/examples.jsonl` when absent and that file exists. */
  readonly examples?: ReadonlyMap<string, Example>;
  readonly kind?: TaskKind;
  readonly valFraction?: number;
  /** Trajectories by id, for states of native ones; read from `<runDir>/trajectories.jsonl` when absent. */
  readonly trajectories?: ReadonlyMap<string, Trajectory>;
}

export interface ExportResult {
  readonly rows: number;
  readonly train: number;
  readonly val: number;
  /** Every file written. */
  readonly files: readonly string[];
}

export async function exportStateSet(opts: ExportOptions): Promise<ExportResult> {
  // the name goes into two paths (the state set read, the folder written): only known filters
  const filter = checkFilterName(opts.filter ?? "process", "export: filter");
  const statesPath = opts.statesPath ?? (opts.runDir ? join(opts.runDir, `states.${filter}.jsonl`) : undefined);
  if (!opts.states && (!statesPath || !existsSync(statesPath))) {
    throw new Error(`export: no state set at ${statesPath ?? "(no run folder given)"}; run \`swirl filter\` first or pass --states`);
  }
  const states = opts.states ?? readStates(statesPath!);
  const examplesPath = opts.runDir ? join(opts.runDir, "examples.jsonl") : undefined;
  const examples = opts.examples ?? (examplesPath && existsSync(examplesPath) ? readExamples(examplesPath) : undefined);
  const outDir = opts.outDir ?? join(opts.runDir ?? ".", "export", filter);
  const trajectoriesPath = opts.runDir ? join(opts.runDir, "trajectories.jsonl") : undefined;
  const trajectories = opts.trajectories ?? (trajectoriesPath && existsSync(trajectoriesPath) ? nativeTrajectories(trajectoriesPath) : undefined);
  const rows = exportRows(states, { examples, kind: opts.kind, valFraction: opts.valFraction, trajectories });

  const files: string[] = [];
  for (const split of ["train", "val"] as const) {
    const part: ExportRow[] = rows.filter((r) => r.split === split);
    if (part.length === 0 && split === "val") continue;
    for (const format of opts.formats ?? EXPORT_FORMATS) {
      if (format === "verl") {
        const f = join(outDir, "verl", `${split}.parquet`);
        await writeVerlParquet(f, part);
        files.push(f);
      } else {
        const f = join(outDir, format, `${split}.jsonl`);
        await (format === "openrlhf" ? writeOpenRlhfJsonl : writeTrlJsonl)(f, part);
        files.push(f);
      }
    }
  }
  const val = rows.filter((r) => r.split === "val").length;
  return { rows: rows.length, train: rows.length - val, val, files };
}

/** The native-format trajectories of a run (the last line of an id wins, as in the run folder). */
function nativeTrajectories(file: string): Map<string, Trajectory> {
  const out = new Map<string, Trajectory>();
  for (const t of readJsonlRecords(file, parseTrajectory)) if (t.format === "native") out.set(t.id, t);
  return out;
}
