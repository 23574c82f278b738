/**
 * The part of OpenAI's chat-completions request that `swirl serve` understands, as a zod schema,
 * so a bad request gets a 400 naming the field (`param`, as OpenAI's errors do). Fields we do not
 * know are ignored, as OpenAI-compatible servers usually do; fields we know but cannot honour
 * (streaming, top-k alternatives, tool calls) are refused rather than silently ignored.
 */
import { z } from "zod";
const TextPart = z.object({ type: z.literal("text"), text: z.string() });
const ChatMessage = z.object({
    // "developer" is OpenAI's newer name for the system role
    role: z.enum(["system", "developer", "user", "assistant"]),
    content: z.union([z.string(), z.array(TextPart)]),
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
    stream: z.literal(false, { message: "streaming is not supported" }).nullish(),
    tools: z.undefined({ message: "tool calling is not supported; tools are markup in the text" }).optional(),
    // vLLM extensions, honoured the same way
    return_tokens_as_token_ids: z.boolean().nullish(),
    include_stop_str_in_output: z.boolean().nullish(),
});
export function apiError(message, type = "invalid_request_error", param = null, code = null) {
    return { error: { message, type, param, code } };
}
/** Parses a request body; an error names the first bad field. */
export function parseChatRequest(body) {
    const r = ChatRequestSchema.safeParse(body);
    if (r.success)
        return { ok: true, value: r.data };
    const issue = r.error.issues[0];
    const param = issue.path.map(String).join(".") || null;
    return { ok: false, error: apiError(`${param ?? "body"}: ${issue.message}`, "invalid_request_error", param) };
}
export function toMessages(req) {
    return req.messages.map((m) => ({
        role: m.role === "developer" ? "system" : m.role,
        content: typeof m.content === "string" ? m.content : m.content.map((p) => p.text).join(""),
    }));
}
export function stopList(req) {
    if (req.stop === undefined || req.stop === null)
        return [];
    return typeof req.stop === "string" ? [req.stop] : req.stop;
}
//# sourceMappingURL=schema.js.map