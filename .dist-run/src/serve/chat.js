/**
 * One chat-completions request served by the embedded policy: n samples (each its own seed, so
 * a request is reproducible whatever else is batched with it), the matched stop string cut from
 * the text as OpenAI does (and named in vLLM's `stop_reason`, so clients can put it back), token
 * log-probs in OpenAI's shape, and usage.
 */
import { randomUUID } from "node:crypto";
import { renderPrompt } from "../model/chat.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { apiError, stopList, toMessages } from "./schema.js";
export async function chatCompletion(ctx, req) {
    const messages = toMessages(req);
    const promptTokens = renderPrompt(ctx.tokenizer, messages).length;
    const room = ctx.contextLength - promptTokens;
    if (room <= 0)
        return refuse(new ContextLengthError(promptTokens, ctx.contextLength).message, "messages", "context_length_exceeded");
    const maxTokens = Math.min(req.max_completion_tokens ?? req.max_tokens ?? room, room);
    const stop = stopList(req);
    const n = req.n ?? 1;
    const seed = req.seed ?? undefined;
    const completions = await Promise.all(Array.from({ length: n }, (_, i) => ctx.policy.complete({
        messages,
        temperature: req.temperature ?? 1,
        topP: req.top_p ?? 1,
        maxTokens,
        stop,
        // one seed → n distinct but reproducible streams; n = 1 keeps the seed as given
        seed: seed === undefined ? undefined : n === 1 ? seed : `${seed}:${i}`,
    })));
    const choices = completions.map((c, index) => choice(ctx, req, c, stop, index));
    return {
        status: 200,
        body: {
            id: `chatcmpl-${randomUUID()}`,
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model: ctx.modelName,
            choices,
            usage: {
                prompt_tokens: promptTokens,
                completion_tokens: completions.reduce((s, c) => s + c.tokens, 0),
                total_tokens: promptTokens + completions.reduce((s, c) => s + c.tokens, 0),
            },
        },
    };
}
function choice(ctx, req, c, stops, index) {
    let text = c.text;
    let stopReason = null;
    if (c.finish === "stop") {
        const matched = stops.find((s) => text.endsWith(s));
        if (matched !== undefined) {
            stopReason = matched;
            if (!req.include_stop_str_in_output)
                text = text.slice(0, -matched.length);
        }
    }
    const asIds = req.return_tokens_as_token_ids === true;
    const logprobs = req.logprobs && c.logprobs && c.tokenIds
        ? {
            content: c.tokenIds.map((id, i) => ({
                token: asIds ? `token_id:${id}` : ctx.tokenizer.decode([id]),
                logprob: c.logprobs[i],
                bytes: Array.from(ctx.tokenizer.tokenBytes(id)),
                top_logprobs: [],
            })),
        }
        : null;
    return { index, message: { role: "assistant", content: text }, finish_reason: c.finish, stop_reason: stopReason, logprobs };
}
function refuse(message, param, code = null) {
    return { status: 400, body: apiError(message, "invalid_request_error", param, code) };
}
//# sourceMappingURL=chat.js.map