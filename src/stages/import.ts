/**
 * `import`, stage 1 from an agent's own logs instead of sampling: conversations in the OpenAI
 * chat format (one per JSONL line, as agents and tracing tools write them) become the run
 * folder's trajectories.jsonl and examples.jsonl, so `judge → filter → export / train` runs on
 * them as on generated ones (rollout/chat-log.ts says how a conversation maps to steps).
 *
 * The whole file is read and checked before anything is written: a malformed line stops the
 * import with its file, line and field and leaves the folder as it was. Conversations that are
 * not one task are skipped with their reasons, reported, and logged. Importing again adds only
 * conversations whose ids are new, so a grown log can be imported into the same folder.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Example, Trajectory } from "../types.js";
import { chatLogEntry, type ChatLogOptions } from "../rollout/chat-log.js";
import { readJsonlObjects } from "../tasks/loaders/source.js";
import { RunFolder } from "../run/run-folder.js";
import { readExamples } from "../run/records.js";
import { writeFileAtomic } from "../run/atomic.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";

export interface ImportOptions extends ChatLogOptions {
  readonly runDir: string;
  /** The log: JSONL, one conversation per line. */
  readonly file: string;
}

export interface SkippedConversation {
  readonly line: number;
  readonly id: string;
  readonly reason: string;
}

export interface ImportResult {
  readonly file: string;
  /** Conversations in the log. */
  readonly conversations: number;
  /** Trajectories this call appended. */
  readonly imported: number;
  /** Already in the run folder (same id), left as they were. */
  readonly existing: number;
  readonly skipped: readonly SkippedConversation[];
  /** Of the imported: how many end in a final answer, and how many carry no answer key. */
  readonly answered: number;
  readonly withoutKey: number;
  /** Steps of the imported trajectories, and tool calls by function name. */
  readonly steps: number;
  readonly calls: ReadonlyMap<string, number>;
  readonly ms: number;
}

export async function importChatLog(o: ImportOptions): Promise<ImportResult> {
  const t0 = performance.now();
  if (!existsSync(o.file)) throw new Error(`import: ${o.file} does not exist`);
  const entries: { example: Example; trajectory: Trajectory }[] = [];
  const skipped: SkippedConversation[] = [];
  const lineOf = new Map<string, number>();
  let conversations = 0;
  for await (const { line, record } of readJsonlObjects(o.file)) {
    conversations++;
    const e = chatLogEntry(record, o.file, line, o);
    const id = e.ok ? e.example.id : e.id;
    const first = lineOf.get(id);
    if (first !== undefined) throw new MalformedRecordError({ file: o.file, line, field: o.idField ?? "id", problem: `id ${JSON.stringify(id)} is also on line ${first}` });
    lineOf.set(id, line);
    if (e.ok) entries.push(e);
    else skipped.push({ line: e.line, id: e.id, reason: e.reason });
  }
  if (conversations === 0) throw new Error(`import: ${o.file} holds no conversations`);

  const run = RunFolder.open(o.runDir);
  const lock = run.lock("import");
  try {
    const task = run.readConfig().task as { kind?: string } | undefined;
    if (task !== undefined && task.kind !== "imported") throw new Error(`import: ${o.runDir} holds a run of task "${task.kind}"; import into a new run folder`);
    const examplesFile = resolve(o.runDir, "examples.jsonl");
    const examples = existsSync(examplesFile) ? readExamples(examplesFile) : new Map<string, Example>();
    const store = run.openTrajectories("import");
    run.log.write({ stage: "import", event: store.size > 0 ? "resume" : "start", file: resolve(o.file), conversations, existing: store.size });
    const fresh = entries.filter((e) => !store.has(e.trajectory.id));
    // examples first: a trajectory on disk always has its question
    for (const e of fresh) examples.set(e.example.id, e.example);
    writeFileAtomic(examplesFile, [...examples.values()].map((e) => JSON.stringify(e) + "\n"));
    for (const e of fresh) store.append(e.trajectory);
    store.close();
    run.writeConfig({
      task: { kind: "imported", examples: examplesFile },
      import: { file: resolve(o.file), dataset: o.dataset ?? "imported", kind: o.kind ?? "qa", idField: o.idField ?? "id", answerField: o.answerField ?? "answer" },
    });
    const calls = new Map<string, number>();
    for (const e of fresh) for (const s of e.trajectory.steps) if (s.call) calls.set(s.call.name, (calls.get(s.call.name) ?? 0) + 1);
    const result: ImportResult = {
      file: store.file, conversations, imported: fresh.length, existing: entries.length - fresh.length, skipped,
      answered: fresh.filter((e) => e.trajectory.stop === "answered").length,
      withoutKey: fresh.filter((e) => e.example.answers.length === 0).length,
      steps: fresh.reduce((n, e) => n + e.trajectory.steps.length, 0), calls, ms: performance.now() - t0,
    };
    run.log.write({
      stage: "import", event: "finish", imported: result.imported, existing: result.existing, skipped: skipped.length,
      skippedLines: skipped.slice(0, 100).map((s) => `${s.line}: ${s.reason}`), steps: result.steps, ms: Math.round(result.ms),
    });
    return result;
  } finally {
    lock.release();
  }
}
