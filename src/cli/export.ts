/** `swirl export`: the state set as verl Parquet and OpenRLHF / TRL JSONL prompt datasets. */
import type { Command } from "commander";
import { runDirOf } from "./config.js";
import { EXPORT_FORMATS, exportStateSet, readExamples, type ExportFormat } from "../export/index.js";
import { checkFilterName } from "../run/filter-name.js";
import { FILTERS } from "../filter/filters.js";
import { parseTaskKind } from "../task-kind.js";

export interface ExportFlags {
  readonly run?: string;
  filter: string;
  format: string;
  out?: string;
  states?: string;
  examples?: string;
  kind?: string;
  valFraction: string;
}

export async function exportCommand(runDirArg: string | undefined, flags: ExportFlags): Promise<void> {
  const runDir = runDirOf("export", runDirArg, flags);
  const filter = checkFilterName(flags.filter, "--filter");
  const formats = flags.format.split(",").map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new Error(`--format: unknown format "${f}" (use ${EXPORT_FORMATS.join(", ")})`);
  const kind = flags.kind === undefined ? undefined : parseTaskKind(flags.kind, "--kind");
  const valFraction = Number(flags.valFraction);
  if (!(valFraction >= 0 && valFraction < 1)) throw new Error(`--val-fraction: must be in [0, 1), not ${flags.valFraction}`);
  const r = await exportStateSet({
    runDir, filter, outDir: flags.out, statesPath: flags.states, formats: formats as ExportFormat[],
    examples: flags.examples ? readExamples(flags.examples) : undefined, kind, valFraction,
  });
  console.log(`exported ${r.rows} states (${r.train} train, ${r.val} val):`);
  for (const f of r.files) console.log(`  ${f}`);
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the state set of a filter as prompt datasets for verl (Parquet) and OpenRLHF / TRL (JSONL)")
    .argument("[runDir]", "the run folder (reads states.<filter>.jsonl and, if present, examples.jsonl)")
    .option("--run <dir>", "the run folder (same as the argument)")
    .option("--filter <name>", `which filter's state set: ${FILTERS.join(" | ")}`, "process")
    .option("--format <list>", `comma-separated formats: ${EXPORT_FORMATS.join(", ")}`, EXPORT_FORMATS.join(","))
    .option("--out <dir>", "output folder (default <runDir>/export/<filter>)")
    .option("--states <file>", "state set JSONL to read instead of the run folder's")
    .option("--examples <file>", "examples JSONL (dataset name and task kind per state)")
    .option("--kind <name>", "task kind when no example gives it: qa, math or your task's name (default: guessed from the markup)")
    .option("--val-fraction <x>", "share of trajectories held out as val.* files", "0")
    .action(exportCommand);
}
