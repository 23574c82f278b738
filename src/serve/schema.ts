/**
 * The part of OpenAI's chat-completions request that `swirl serve` understands, as a zod schema,
 * so a bad request gets a 400 naming the field (`param`, as OpenAI's errors do). Fields we do not
 * know are ignored, as OpenAI-compatible servers usually do; fields we know but cannot honour
 * (top-k alternatives, forced tool choice) are refused rather than silently ignored.
 */
import { z } from "zod";
import { ChatMessageSchema, FunctionToolSchema } from "../rollout/native-format.js";

export const ChatRequestSchema = z.object({
  model: z.string().optional(),
  messages: z.array(ChatMessageSchema).min(1),
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
  tools: z.array(FunctionToolSchema).max(128).nullish(),
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

export function stopList(req: ChatRequest): string[] {
  if (req.stop === undefined || req.stop === null) return [];
  return typeof req.stop === "string" ? [req.stop] : req.stop;
}
