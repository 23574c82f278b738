/** `swirl import`: an agent's logged conversations into a run folder (src/stages/import.ts). */
import type { Command } from "commander";
import { parseTaskKind } from "../task-kind.js";
import { importChatLog } from "../stages/import.js";
import { runDirOf } from "./config.js";

export interface ImportFlags {
  readonly run?: string;
  readonly dataset?: string;
  readonly kind: string;
  readonly idField?: string;
  readonly answerField?: string;
}

/** Skipped conversations listed one per line up to this many; the stage log keeps the first 100. */
const SHOWN = 10;

export async function importCommand(file: string, flags: ImportFlags): Promise<void> {
  const runDir = runDirOf("import", undefined, flags);
  const r = await importChatLog({ runDir, file, dataset: flags.dataset, kind: parseTaskKind(flags.kind, "--kind"), idField: flags.idField, answerField: flags.answerField });
  const calls = [...r.calls].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(", ");
  console.log(`import: ${r.conversations} conversations: ${r.imported} imported, ${r.existing} already in the run folder, ${r.skipped.length} skipped (${Math.round(r.ms)} ms)`);
  console.log(`  ${r.steps} steps; ${r.answered} end in a final answer; tool calls: ${calls || "none"}`);
  if (r.withoutKey > 0) console.log(`  ${r.withoutKey} have no answer key (field "${flags.answerField ?? "answer"}"): the outcome judges compare with a key, so judge their steps and use the process filter`);
  for (const s of r.skipped.slice(0, SHOWN)) console.log(`  skipped line ${s.line} (${s.id}): ${s.reason}`);
  if (r.skipped.length > SHOWN) console.log(`  … and ${r.skipped.length - SHOWN} more (stage-log.jsonl lists the first 100)`);
  console.log(`  -> ${r.file}`);
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("read an agent's conversations (OpenAI chat format, one per JSONL line) into a run folder, for judge → filter → export / train")
    .argument("<file>", "JSONL log: each line {messages: [...], tools?: [...], id?, answer?}")
    .requiredOption("--run <dir>", "the run folder to write (trajectories.jsonl, examples.jsonl)")
    .option("--dataset <name>", "dataset name recorded with each question", "imported")
    .option("--kind <name>", "the questions' task kind; the rule outcome judge checks answers by exact match (qa, or your task's name) or as numbers (math)", "qa")
    .option("--id-field <path>", "dotted path of each conversation's id (default id; missing: <dataset>-<line>)")
    .option("--answer-field <path>", "dotted path of the answer key (default answer; a string or a list)")
    .action(importCommand);
}
