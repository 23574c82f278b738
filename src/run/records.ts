/**
 * The schemas of the records a run folder holds, one per JSONL file, and the one reader of those
 * files: a record that does not fit is refused with its file, line and field. The types are the
 * method's (src/types.ts); each schema is checked against its type at compile time (`satisfies`
 * for what a parse returns, SameKeys for fields a schema would silently drop).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { z } from "zod";
import { ACTION_FORMATS, INVALID_REASONS, STOP_REASONS, type Completion, type Example, type Message, type State, type Step, type ToolOutcome, type Trajectory, type Verdict } from "../types.js";
import { TaskKindSchema } from "../task-kind.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { scanLines } from "./append-store.js";

/** Compiles only when a schema's output has exactly the fields of its type. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const sameKeys = <A, B>(ok: SameKeys<A, B>): SameKeys<A, B> => ok;

export const MessageSchema = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() }) satisfies z.ZodType<Message>;

const ActionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("tool"), tool: z.string(), input: z.string(), reasoning: z.string() }),
  z.object({ kind: z.literal("answer"), answer: z.string(), reasoning: z.string() }),
  z.object({
    kind: z.literal("invalid"),
    reason: z.enum(INVALID_REASONS),
    reasoning: z.string(),
  }),
]);

const StepSchema = z.object({
  text: z.string(),
  action: ActionSchema,
  toolResult: z.string().optional(),
  toolError: z.string().optional(),
  tokens: z.number().int().nonnegative(),
  logprobs: z.array(z.number()).optional(),
  ms: z.number().nonnegative(),
  call: z.object({ id: z.string().min(1), name: z.string().min(1), arguments: z.string(), output: z.string().optional() }).optional(),
}) satisfies z.ZodType<Step>;

export const TrajectorySchema = z.object({
  id: z.string().min(1),
  exampleId: z.string().min(1),
  sample: z.number().int().nonnegative(),
  prompt: z.array(MessageSchema),
  steps: z.array(StepSchema),
  stop: z.enum(STOP_REASONS),
  answer: z.string().optional(),
  error: z.string().optional(),
  format: z.enum(ACTION_FORMATS).optional(),
  tools: z.array(z.record(z.string(), z.unknown())).optional(),
}) satisfies z.ZodType<Trajectory>;

/** One line of states.<filter>.jsonl. */
export const StateSchema = z.object({
  id: z.string().min(1),
  trajectoryId: z.string().min(1),
  exampleId: z.string().min(1),
  stepIndex: z.number().int().nonnegative(),
  messages: z.array(MessageSchema),
  action: z.string(),
}) satisfies z.ZodType<State>;

/** One line of examples.jsonl (and of a task file in this format). */
export const ExampleSchema = z.object({
  id: z.string().min(1),
  dataset: z.string(),
  kind: TaskKindSchema,
  question: z.string(),
  answers: z.array(z.string()),
  meta: z.record(z.string(), z.unknown()).optional(),
}) satisfies z.ZodType<Example>;

/**
 * One line of verdicts.jsonl: a process verdict on one step (id = state id) or an outcome verdict
 * on one trajectory (id = trajectory id); or, when the judge kept failing, an error record that
 * a later run retries. `input` hashes what was judged, so a verdict on a since-regenerated
 * trajectory is not mistaken for a current one.
 */
export const VerdictRecordSchema = z
  .object({
    kind: z.enum(["process", "outcome"]),
    id: z.string().min(1),
    trajectoryId: z.string().min(1),
    stepIndex: z.number().int().nonnegative().optional(),
    input: z.string(),
    label: z.enum(["GOOD", "BAD"]).optional(),
    rationale: z.string().optional(),
    judge: z.string().optional(),
    error: z.string().optional(),
    attempts: z.number().int().positive(),
  })
  .refine((r) => (r.label !== undefined) !== (r.error !== undefined), { message: "a verdict record has either a label or an error", path: ["label"] });

export type VerdictRecord = z.infer<typeof VerdictRecordSchema>;

/** The key of a verdict record in its file (process and outcome ids live in one file). */
export const verdictKey = (r: Pick<VerdictRecord, "kind" | "id">): string => `${r.kind}:${r.id}`;

export function verdictOf(r: VerdictRecord): Verdict | undefined {
  return r.label === undefined ? undefined : { label: r.label, rationale: r.rationale ?? "", judge: r.judge ?? "" };
}

export const CompletionSchema = z.object({
  text: z.string(),
  tokens: z.number(),
  promptTokens: z.number(),
  logprobs: z.array(z.number()).optional(),
  tokenIds: z.array(z.number()).optional(),
  finish: z.enum(["stop", "length"]),
  toolCalls: z.array(z.object({ id: z.string(), type: z.literal("function"), function: z.object({ name: z.string(), arguments: z.string() }) })).optional(),
}) satisfies z.ZodType<Completion>;

/** One value of cache/tools.jsonl: what a tool call returned. */
export const ToolOutcomeSchema = z.object({ output: z.string(), error: z.string().optional() }) satisfies z.ZodType<ToolOutcome>;

export const VerdictSchema = z.object({ label: z.enum(["GOOD", "BAD"]), rationale: z.string(), judge: z.string() }) satisfies z.ZodType<Verdict>;

sameKeys<z.infer<typeof MessageSchema>, Message>(true);
sameKeys<z.infer<typeof StepSchema>, Step>(true);
sameKeys<z.infer<typeof TrajectorySchema>, Trajectory>(true);
sameKeys<z.infer<typeof StateSchema>, State>(true);
sameKeys<z.infer<typeof ExampleSchema>, Example>(true);
sameKeys<z.infer<typeof CompletionSchema>, Completion>(true);
sameKeys<z.infer<typeof VerdictSchema>, Verdict>(true);
sameKeys<z.infer<typeof ToolOutcomeSchema>, ToolOutcome>(true);

/** "steps[2].action.kind"-style path of a zod issue. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

/** A parser for AppendStore: validates with a schema; the first problem names file, line and field. */
export function recordParser<S extends z.ZodType>(schema: S): (value: unknown, file: string, line: number) => z.infer<S> {
  return (value, file, line) => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const issue = r.error.issues[0]!;
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const field = issuePath([...issue.path, ...keys.slice(0, 1)]);
    throw new MalformedRecordError({ file, line, field, problem: issue.message });
  };
}

export const parseTrajectory: (value: unknown, file: string, line: number) => Trajectory = recordParser(TrajectorySchema);
export const parseVerdictRecord = recordParser(VerdictRecordSchema);
export const parseState: (value: unknown, file: string, line: number) => State = recordParser(StateSchema);
export const parseExample: (value: unknown, file: string, line: number) => Example = recordParser(ExampleSchema);
export type { Completion };

/**
 * Every record of a JSONL file (blank lines skipped), each checked by `parse`. A line that is
 * not JSON, or a record that does not fit, stops with the file, line and field: training or
 * exporting a half-read file would silently use the wrong data. Files that are appended to while
 * a stage runs (and may end in a torn line after a kill) are read by AppendStore instead.
 */
export function readJsonlRecords<T>(file: string, parse: (value: unknown, file: string, line: number) => T): T[] {
  const out: T[] = [];
  const onLine = (text: string, line: number): void => {
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new MalformedRecordError({ file, line, field: "", problem: "not valid JSON" });
    }
    out.push(parse(value, file, line));
  };
  const fd = openSync(file, "r");
  try {
    const r = scanLines(fd, onLine);
    // a last line without its newline (a file written by hand) is a record too
    if (r.size > r.complete) {
      const tail = Buffer.alloc(r.size - r.complete);
      readSync(fd, tail, 0, tail.length, r.complete);
      onLine(tail.toString("utf8"), r.lines + 1);
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** A state set (states.<filter>.jsonl). */
export const readStates = (file: string): State[] => readJsonlRecords(file, parseState);

/** Examples by id (examples.jsonl). */
export function readExamples(file: string): Map<string, Example> {
  return new Map(readJsonlRecords(file, parseExample).map((e) => [e.id, e]));
}
