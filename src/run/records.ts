/**
 * The schemas of the records a run folder holds, one per JSONL file: each gives the type and
 * the validator, and a record that does not fit is refused with its file, line and field.
 */
import { z } from "zod";
import type { Completion, Trajectory, Verdict } from "../types.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";

const MessageSchema = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });

const ActionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("tool"), tool: z.string(), input: z.string(), reasoning: z.string() }),
  z.object({ kind: z.literal("answer"), answer: z.string(), reasoning: z.string() }),
  z.object({
    kind: z.literal("invalid"),
    reason: z.enum(["no_tag", "two_tags", "tool_and_answer", "unclosed_tag", "empty_input", "repeated_query", "text_after_tag", "unknown_tool"]),
    reasoning: z.string(),
  }),
]);

const StepSchema = z.object({
  text: z.string(),
  action: ActionSchema,
  toolResult: z.string().optional(),
  tokens: z.number().int().nonnegative(),
  logprobs: z.array(z.number()).optional(),
  ms: z.number().nonnegative(),
});

export const TrajectorySchema = z.object({
  id: z.string().min(1),
  exampleId: z.string().min(1),
  sample: z.number().int().nonnegative(),
  prompt: z.array(MessageSchema),
  steps: z.array(StepSchema),
  stop: z.enum(["answered", "step_cap", "invalid_action", "context_full", "error"]),
  answer: z.string().optional(),
  error: z.string().optional(),
});

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
});

export const VerdictSchema = z.object({ label: z.enum(["GOOD", "BAD"]), rationale: z.string(), judge: z.string() });

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
export type { Completion };
