/**
 * The native action format, OpenAI tool calling: functions offered as `tools`, calls in the
 * assistant message's `tool_calls`, results as `role: "tool"` messages. Its wire messages are
 * defined here once (zod), with the mapping onto the paper's markup that the embedded model, the
 * judges and the state sets read, so `swirl serve`, `swirl import` and `swirl export` agree.
 *
 * A function is called through the tag of its name: a built-in tool's name maps to its tag
 * (`search` → `<search_query>`, `calculator` → `<math_exp>`), any other name is its own tag
 * (`lookup` → `<lookup>`). A call's input is the function's one string argument when it has one
 * (the only string value of its JSON arguments), else the JSON arguments as sent.
 */
import { z } from "zod";
import type { FunctionTool, Message, Trajectory, WireMessage, WireToolCall } from "../types.js";
import { BUILTIN_TAGS } from "../tools/tool.js";

const TextPart = z.object({ type: z.literal("text"), text: z.string() });
export const ContentSchema = z.union([z.string(), z.array(TextPart)]);
export type Content = z.output<typeof ContentSchema>;

export const ToolCallSchema = z.object({
  id: z.string().min(1),
  type: z.literal("function"),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
}) satisfies z.ZodType<WireToolCall>;

export const ChatMessageSchema = z.discriminatedUnion("role", [
  // "developer" is OpenAI's newer name for the system role
  z.object({ role: z.enum(["system", "developer", "user"]), content: ContentSchema }),
  z.object({
    role: z.literal("assistant"),
    content: ContentSchema.nullish(),
    tool_calls: z.array(ToolCallSchema).nullish(),
    // what a server answered as reasoning; clients may send it back
    reasoning_content: z.string().nullish(),
  }),
  z.object({ role: z.literal("tool"), content: ContentSchema, tool_call_id: z.string().min(1) }),
]);
export type ChatMessage = z.output<typeof ChatMessageSchema>;

export const FunctionToolSchema = z.object({
  type: z.literal("function"),
  function: z.object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "a function name is 1 to 64 letters, digits, _ or -"),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
    strict: z.boolean().nullish(),
  }),
}) satisfies z.ZodType<FunctionTool>;

export function textOf(content: Content | null | undefined): string {
  if (content === undefined || content === null) return "";
  return typeof content === "string" ? content : content.map((p) => p.text).join("");
}

export function tagOf(functionName: string): string {
  return (BUILTIN_TAGS as Readonly<Record<string, string | undefined>>)[functionName] ?? functionName;
}

/** A call's input from its JSON arguments: the named argument, else the only string value, else the text as sent. */
export function inputOf(args: string, argument?: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return args;
  }
  if (typeof parsed === "string") return parsed;
  if (!isRecord(parsed)) return args;
  if (argument !== undefined && typeof parsed[argument] === "string") return parsed[argument];
  const strings = Object.values(parsed).filter((v): v is string => typeof v === "string");
  return strings.length === 1 ? strings[0]! : args;
}

/** The markup of one call: `<tag>input</tag>`. */
export const callMarkup = (tag: string, input: string): string => `<${tag}>${input}</${tag}>`;

/** A call as a markup action: its thought (if any), then the call. */
export const callAction = (thought: string, tag: string, input: string): string => (thought === "" ? callMarkup(tag, input) : `${thought} ${callMarkup(tag, input)}`);

/**
 * The context before step i of a native trajectory as OpenAI wire messages: the prompt, each
 * earlier call as an assistant message with its `tool_calls`, each result as a `tool` message,
 * exactly as the agent's own log had them.
 */
export function nativeContextBefore(t: Trajectory, i: number): WireMessage[] {
  const out: WireMessage[] = t.prompt.map((m) => wireOf(m));
  for (let k = 0; k < i; k++) {
    const s = t.steps[k]!;
    if (s.call === undefined) {
      out.push({ role: "assistant", content: s.action.kind === "answer" ? s.action.answer : s.text });
      continue;
    }
    const reasoning = s.action.reasoning;
    out.push({ role: "assistant", content: reasoning === "" ? null : reasoning, tool_calls: [{ id: s.call.id, type: "function", function: { name: s.call.name, arguments: s.call.arguments } }] });
    if (s.call.output !== undefined) out.push({ role: "tool", tool_call_id: s.call.id, content: s.call.output });
  }
  return out;
}

function wireOf(m: Message): WireMessage {
  return m.role === "assistant" ? { role: "assistant", content: m.content } : { role: m.role, content: m.content };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
