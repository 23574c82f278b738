/**
 * OpenAI's native tool calling on top of the embedded model's markup. The model writes
 * `thought <tag>input</tag>` or `thought <answer>…</answer>` and reads a tool's result as the
 * user turn `input -> result` (rollout/prompts.ts); a client offers functions, gets `tool_calls`
 * and sends `role: "tool"` messages back. So both directions are translated here, once.
 *
 * Names map to tags and arguments to inputs as rollout/native-format.ts says; the argument a
 * reply's call carries is the only property of the function's JSON schema, else its first
 * required string property, else `input`.
 */
import { randomBytes } from "node:crypto";
import { parseAction } from "../rollout/parse-action.js";
import { toolResultMessage } from "../rollout/prompts.js";
import type { Message, WireToolCall } from "../types.js";
import { callAction, inputOf, tagOf, textOf } from "../rollout/native-format.js";
import { apiError, type ApiErrorBody, type ChatRequest, type RequestTool } from "./schema.js";

/** An offered function and how the model calls it. */
export interface FunctionBinding {
  readonly name: string;
  readonly tag: string;
  /** The argument that carries the markup's input. */
  readonly argument: string;
}

export type ToolCall = WireToolCall;

/** One assistant reply in OpenAI's terms: plain text (markup mode), a final answer, or a tool call. */
export type AssistantReply =
  | { readonly kind: "text"; readonly content: string }
  | { readonly kind: "answer"; readonly content: string; readonly reasoning: string }
  | { readonly kind: "tool_call"; readonly reasoning: string; readonly call: ToolCall };

/** The functions a request offers, bound to tags; empty when it offers none or says `tool_choice: "none"`. */
export function bindTools(req: ChatRequest): FunctionBinding[] {
  if (req.tool_choice === "none") return [];
  return (req.tools ?? []).map((t) => ({ name: t.function.name, tag: tagOf(t.function.name), argument: argumentOf(t) }));
}

function argumentOf(t: RequestTool): string {
  const schema = t.function.parameters ?? {};
  const props = isRecord(schema.properties) ? schema.properties : {};
  const names = Object.keys(props);
  if (names.length === 1) return names[0]!;
  const required = Array.isArray(schema.required) ? schema.required.filter((n): n is string => typeof n === "string") : [];
  return required.find((n) => isRecord(props[n]) && props[n].type === "string") ?? "input";
}

/** Stop strings that end a call or an answer, so the model stops where a reply is complete. */
export function callStops(bindings: readonly FunctionBinding[]): string[] {
  return [...new Set([...bindings.map((b) => `</${b.tag}>`), "</answer>"])];
}

/** The request's messages as the model's chat: assistant tool calls as markup, tool results as user turns. */
export function toModelMessages(req: ChatRequest, bindings: readonly FunctionBinding[]): { ok: true; messages: Message[] } | { ok: false; error: ApiErrorBody } {
  const inputs = new Map<string, string>(); // tool_call_id → the call's input
  const out: Message[] = [];
  for (const [i, m] of req.messages.entries()) {
    if (m.role === "tool") {
      const input = inputs.get(m.tool_call_id);
      if (input === undefined) return { ok: false, error: apiError(`messages.${i}.tool_call_id: no earlier assistant tool call has id ${JSON.stringify(m.tool_call_id)}`, "invalid_request_error", `messages.${i}.tool_call_id`) };
      out.push(toolResultMessage(input, textOf(m.content)));
    } else if (m.role === "assistant") {
      const reasoning = (m.reasoning_content ?? textOf(m.content)).trim();
      const calls = m.tool_calls ?? [];
      if (calls.length === 0) {
        out.push({ role: "assistant", content: textOf(m.content) });
        continue;
      }
      // one call per model turn, as the model acts; the reasoning goes with the first
      calls.forEach((c, k) => {
        const b = bindings.find((x) => x.name === c.function.name);
        const input = inputOf(c.function.arguments, b?.argument);
        inputs.set(c.id, input);
        const tag = b?.tag ?? tagOf(c.function.name);
        out.push({ role: "assistant", content: callAction(k === 0 ? reasoning : "", tag, input) });
      });
    } else {
      out.push({ role: m.role === "developer" ? "system" : m.role, content: textOf(m.content) });
    }
  }
  return { ok: true, messages: out };
}

/**
 * The model's text as a reply. With functions offered, a well-formed call of one of them becomes
 * a tool call and an answer becomes plain content (its thought as reasoning); anything else, or
 * any text when none are offered, stays as written.
 */
export function replyOf(text: string, bindings: readonly FunctionBinding[]): AssistantReply {
  if (bindings.length === 0) return { kind: "text", content: text };
  const action = parseAction(text, { toolTags: bindings.map((b) => b.tag) });
  if (action.kind === "answer") return { kind: "answer", content: action.answer, reasoning: action.reasoning };
  if (action.kind === "tool") {
    const b = bindings.find((x) => x.tag === action.tool)!;
    const call: ToolCall = { id: `call_${randomBytes(12).toString("hex")}`, type: "function", function: { name: b.name, arguments: JSON.stringify({ [b.argument]: action.input }) } };
    return { kind: "tool_call", reasoning: action.reasoning, call };
  }
  return { kind: "text", content: text };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
