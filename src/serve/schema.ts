/**
 * The part of OpenAI's chat-completions request that `swirl serve` understands, as a zod schema,
 * so a bad request gets a 400 naming the field (`param`, as OpenAI's errors do). Fields we do not
 * know are ignored, as OpenAI-compatible servers usually do; fields we know but cannot honour
 * (top-k alternatives, forced tool choice) are refused rather than silently ignored.
 */
import { z } from "zod";

const TextPart = z.object({ type: z.literal("text"), text: z.string() });
const Content = z.union([z.string(), z.array(TextPart)]);

const ToolCall = z.object({
  id: z.string().min(1),
  type: z.literal("function"),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

const ChatMessage = z.discriminatedUnion("role", [
  // "developer" is OpenAI's newer name for the system role
  z.object({ role: z.enum(["system", "developer", "user"]), content: Content }),
  z.object({
    role: z.literal("assistant"),
    content: Content.nullish(),
    tool_calls: z.array(ToolCall).nullish(),
    // what this server answered as reasoning; clients may send it back
    reasoning_content: z.string().nullish(),
  }),
  z.object({ role: z.literal("tool"), content: Content, tool_call_id: z.string().min(1) }),
]);

const FunctionTool = z.object({
  type: z.literal("function"),
  function: z.object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "a function name is 1 to 64 letters, digits, _ or -"),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
    strict: z.boolean().nullish(),
  }),
});

export const ChatRequestSchema = z.object({
  model: z.string().optional(),
  messages: z.array(ChatMessage).min(1),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  stop: z.union([z.string(), z.array(z.string().min(1)).max(16)]).nullish(),
  n: z.number().int().min(1).max(32).nullish(),
  seed: z.number().int().nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.literal(0, { message: "alternatives are not supported; use 0 or leave it out" }).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  tools: z.array(FunctionTool).max(128).nullish(),
  // the model decides whether to call a tool; it cannot be forced to
  tool_choice: z.enum(["auto", "none"], { message: "only \"auto\" and \"none\" are supported" }).nullish(),
  // the model makes one call per turn, so parallel calls never happen either way
  parallel_tool_calls: z.boolean().nullish(),
  // vLLM extensions, honoured the same way
  return_tokens_as_token_ids: z.boolean().nullish(),
  include_stop_str_in_output: z.boolean().nullish(),
  // default true, as vLLM: turn markers the model writes are not content
  skip_special_tokens: z.boolean().nullish(),
});

export type ChatRequest = z.output<typeof ChatRequestSchema>;
export type ChatRequestMessage = ChatRequest["messages"][number];
export type RequestTool = NonNullable<ChatRequest["tools"]>[number];

/** OpenAI-style error body; `param` names the field. */
export interface ApiErrorBody {
  readonly error: { readonly message: string; readonly type: string; readonly param: string | null; readonly code: string | null };
}

export function apiError(message: string, type = "invalid_request_error", param: string | null = null, code: string | null = null): ApiErrorBody {
  return { error: { message, type, param, code } };
}

/** Parses a request body; an error names the first bad field. */
export function parseChatRequest(body: unknown): { ok: true; value: ChatRequest } | { ok: false; error: ApiErrorBody } {
  const r = ChatRequestSchema.safeParse(body);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  const param = issue.path.map(String).join(".") || null;
  return { ok: false, error: apiError(`${param ?? "body"}: ${issue.message}`, "invalid_request_error", param) };
}

export function textOf(content: z.output<typeof Content> | null | undefined): string {
  if (content === undefined || content === null) return "";
  return typeof content === "string" ? content : content.map((p) => p.text).join("");
}

export function stopList(req: ChatRequest): string[] {
  if (req.stop === undefined || req.stop === null) return [];
  return typeof req.stop === "string" ? [req.stop] : req.stop;
}
