/**
 * An agent's logged conversation (OpenAI chat format: `messages` with `tool_calls` and `tool`
 * results, optionally the `tools` it was offered) as a SWiRL trajectory: the messages before the
 * first assistant turn are s1; every tool call is one step, answered by its tool message; an
 * assistant message without calls is the final answer. A turn with several calls becomes that
 * many steps (the reasoning goes with the first), as a policy that acts one call per turn would
 * have written it. Steps keep the call as logged (`Step.call`) beside its markup rendering, so
 * judges read the markup and an export writes the agent's own format back.
 *
 * A conversation that is not one task (a user turn after the agent began, a result for no call,
 * messages after the answer) is skipped with its reason: SWiRL's states need s(i+1) = s(i) + a(i)
 * + the tool's response, and nothing else between.
 */
import { z } from "zod";
import type { Example, Message, Step, TaskKind, Trajectory } from "../types.js";
import { RecordFields } from "../tasks/loaders/fields.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { ChatMessageSchema, FunctionToolSchema, callAction, inputOf, tagOf, textOf } from "./native-format.js";
import { toolResultMessage } from "./prompts.js";

/** One line of a log: the conversation, the functions offered; other fields are read by path. */
const ChatLogLineSchema = z.looseObject({
  messages: z.array(ChatMessageSchema).min(1),
  tools: z.array(FunctionToolSchema).nullish(),
});

export interface ChatLogOptions {
  /** Dataset name recorded in each example (default "imported"). */
  readonly dataset?: string;
  /** How answers are checked by the rule outcome judge: exact match (qa) or numeric (math). */
  readonly kind?: TaskKind;
  /** Dotted path of a unique id (default "id"; missing: `${dataset}-${line}`). */
  readonly idField?: string;
  /** Dotted path of the answer key, a string or a list (default "answer"; missing: no key). */
  readonly answerField?: string;
}

export type ChatLogEntry =
  | { readonly ok: true; readonly example: Example; readonly trajectory: Trajectory }
  | { readonly ok: false; readonly line: number; readonly id: string; readonly reason: string };

/**
 * One log line as an example and its trajectory, or the reason it is not a single task. A line
 * that is not a conversation at all throws, naming the file, line and field.
 */
export function chatLogEntry(record: Record<string, unknown>, file: string, line: number, opts: ChatLogOptions = {}): ChatLogEntry {
  const parsed = ChatLogLineSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MalformedRecordError({ file, line, field: issue.path.map(String).join("."), problem: issue.message });
  }
  const fields = new RecordFields(file, line, record);
  const dataset = opts.dataset ?? "imported";
  const id = fields.optionalString(opts.idField ?? "id") ?? `${dataset}-${line}`;
  const answers = fields.get(opts.answerField ?? "answer") === undefined ? [] : fields.strings(opts.answerField ?? "answer");
  const converted = toTrajectory(parsed.data.messages, id);
  if (!converted.ok) return { ok: false, line, id, reason: converted.reason };
  const { prompt, steps, stop, answer } = converted;
  const question = [...prompt].reverse().find((m) => m.role === "user")!.content;
  const example: Example = { id, dataset, kind: opts.kind ?? "qa", question, answers, meta: { source: file, line } };
  const tools = parsed.data.tools ?? undefined;
  const trajectory: Trajectory = {
    id: `${id}#0`, exampleId: id, sample: 0, prompt, steps, stop, format: "native",
    ...(answer !== undefined ? { answer } : {}),
    ...(tools && tools.length > 0 ? { tools: tools.map((t) => t as Record<string, unknown>) } : {}),
  };
  return { ok: true, example, trajectory };
}

type Converted =
  | { ok: true; prompt: Message[]; steps: Step[]; stop: Trajectory["stop"]; answer?: string }
  | { ok: false; reason: string };

type Wire = z.output<typeof ChatMessageSchema>;

function toTrajectory(messages: readonly Wire[], id: string): Converted {
  const fail = (i: number, why: string): Converted => ({ ok: false, reason: `messages[${i}]: ${why}` });
  let i = 0;
  const prompt: Message[] = [];
  for (; i < messages.length && messages[i]!.role !== "assistant"; i++) {
    const m = messages[i]!;
    if (m.role === "tool") return fail(i, "a tool result before any call");
    prompt.push({ role: m.role === "user" ? "user" : "system", content: textOf(m.content) });
  }
  if (!prompt.some((m) => m.role === "user")) return fail(Math.min(i, messages.length - 1), "no user message before the first assistant turn");
  if (i === messages.length) return { ok: false, reason: `conversation ${id} has no assistant turn` };

  const steps: Step[] = [];
  const pending = new Map<string, number>(); // call id → its step
  for (; i < messages.length; i++) {
    const m = messages[i]!;
    const last = steps.at(-1);
    if (last?.action.kind === "answer") return fail(i, "the conversation goes on after the final answer (one task per conversation)");
    if (m.role === "tool") {
      const k = pending.get(m.tool_call_id);
      if (k === undefined) return fail(i, `tool_call_id ${JSON.stringify(m.tool_call_id)} answers no open call`);
      pending.delete(m.tool_call_id);
      const s = steps[k]!;
      const output = textOf(m.content);
      const input = s.action.kind === "tool" ? s.action.input : "";
      steps[k] = { ...s, toolResult: toolResultMessage(input, output).content, call: { ...s.call!, output } };
      continue;
    }
    if (m.role !== "assistant") return fail(i, `a ${m.role} message after the agent began (one task per conversation)`);
    if (pending.size > 0) return fail(i, `call ${[...pending.keys()][0]} has no result before the next assistant turn`);
    const reasoning = (m.reasoning_content ?? textOf(m.content)).trim();
    const calls = m.tool_calls ?? [];
    if (calls.length === 0) {
      const text = textOf(m.content);
      const action = text.trim() === ""
        ? { kind: "invalid" as const, reason: "no_tag" as const, reasoning: "" }
        : { kind: "answer" as const, answer: text.trim(), reasoning: "" };
      steps.push({ text, action, tokens: 0, ms: 0 });
      if (action.kind === "invalid") return i === messages.length - 1 ? { ok: true, prompt, steps, stop: "invalid_action" } : fail(i + 1, "messages after an empty assistant turn");
      continue;
    }
    calls.forEach((c, k) => {
      const tag = tagOf(c.function.name);
      const input = inputOf(c.function.arguments);
      const thought = k === 0 ? reasoning : "";
      pending.set(c.id, steps.length);
      steps.push({
        text: callAction(thought, tag, input),
        action: { kind: "tool", tool: tag, input, reasoning: thought },
        tokens: 0, ms: 0,
        call: { id: c.id, name: c.function.name, arguments: c.function.arguments },
      });
    });
  }
  const last = steps.at(-1)!;
  return last.action.kind === "answer" ? { ok: true, prompt, steps, stop: "answered", answer: last.action.answer } : { ok: true, prompt, steps, stop: "unfinished" };
}
