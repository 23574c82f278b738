/**
 * One chat-completions request served by the embedded policy: n samples (each its own seed, so
 * a request is reproducible whatever else is batched with it), the matched stop string cut from
 * the text as OpenAI does (and named in vLLM's `stop_reason`, so clients can put it back), token
 * log-probs in OpenAI's shape, usage, and native tool calls (tool-calls.ts). A streamed reply is
 * the same completion as `chat.completion.chunk` events: the embedded model decodes a batch in
 * one synchronous run, so the chunks go out once it is done, one per token of text.
 */
import { randomUUID } from "node:crypto";
import type { Completion, Policy } from "../policy/policy.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { renderPrompt } from "../model/chat.js";
import { StopStringMatcher } from "../model/chat-stop.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { apiError, stopList, type ApiErrorBody, type ChatRequest } from "./schema.js";
import { bindTools, callStops, replyOf, toModelMessages, type AssistantReply, type ToolCall } from "./tool-calls.js";

export interface ChatContext {
  readonly policy: Policy;
  readonly tokenizer: Tokenizer;
  readonly contextLength: number;
  readonly modelName: string;
}

/** A JSON reply, or the payloads of a Server-Sent Events stream (`data: [DONE]` follows them). */
export type ChatResult = { readonly status: number; readonly body: unknown } | { readonly status: 200; readonly events: readonly unknown[] };

interface TokenLogprob {
  readonly token: string;
  readonly logprob: number;
  readonly bytes: number[];
  readonly top_logprobs: [];
}

interface Choice {
  readonly index: number;
  readonly reply: AssistantReply;
  /** The visible text the reply was read from, and its pieces token by token (for streaming). */
  readonly text: string;
  readonly pieces: readonly string[];
  readonly finish: "stop" | "length" | "tool_calls";
  readonly stopReason: string | null;
  readonly logprobs: TokenLogprob[] | null;
}

export async function chatCompletion(ctx: ChatContext, req: ChatRequest): Promise<ChatResult> {
  if (req.model !== undefined && req.model !== ctx.modelName) {
    return { status: 404, body: apiError(`The model \`${req.model}\` does not exist; this server has \`${ctx.modelName}\``, "invalid_request_error", "model", "model_not_found") };
  }
  const bindings = bindTools(req);
  const converted = toModelMessages(req, bindings);
  if (!converted.ok) return { status: 400, body: converted.error };
  const messages = converted.messages;
  const promptTokens = renderPrompt(ctx.tokenizer, messages).length;
  const room = ctx.contextLength - promptTokens;
  if (room <= 0) return refuse(new ContextLengthError(promptTokens, ctx.contextLength).message, "messages", "context_length_exceeded");
  const maxTokens = Math.min(req.max_completion_tokens ?? req.max_tokens ?? room, room);
  const userStops = stopList(req);
  const stop = [...new Set([...userStops, ...(bindings.length > 0 ? callStops(bindings) : [])])];
  const n = req.n ?? 1;
  const seed = req.seed ?? undefined;
  const completions = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      ctx.policy.complete({
        messages,
        temperature: req.temperature ?? 1,
        topP: req.top_p ?? 1,
        maxTokens,
        stop,
        // one seed → n distinct but reproducible streams; n = 1 keeps the seed as given
        seed: seed === undefined ? undefined : n === 1 ? seed : `${seed}:${i}`,
      }),
    ),
  );
  const choices = completions.map((c, index) => choice(ctx, req, c, stop, userStops, bindings, index));
  const completionTokens = completions.reduce((s, c) => s + c.tokens, 0);
  const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
  const head = { id: `chatcmpl-${randomUUID()}`, created: Math.floor(Date.now() / 1000), model: ctx.modelName };
  if (req.stream) return { status: 200, events: chunks(head, choices, req.stream_options?.include_usage ? usage : undefined) };
  return {
    status: 200,
    body: {
      ...head,
      object: "chat.completion",
      choices: choices.map((c) => ({ index: c.index, message: message(c.reply), finish_reason: c.finish, stop_reason: c.stopReason, logprobs: c.logprobs && { content: c.logprobs } })),
      usage,
    },
  };
}

function choice(ctx: ChatContext, req: ChatRequest, c: Completion, stops: readonly string[], userStops: readonly string[], bindings: ReturnType<typeof bindTools>, index: number): Choice {
  const tok = ctx.tokenizer;
  const raw = req.skip_special_tokens === false ? c.text : visibleText(tok, c, stops);
  // only the client's own stop strings are cut; a call's closing tag is what makes it a call
  let text = raw;
  let stopReason: string | null = null;
  if (c.finish === "stop") {
    const matched = userStops.find((s) => raw.endsWith(s));
    if (matched !== undefined) {
      stopReason = matched;
      if (!req.include_stop_str_in_output) text = raw.slice(0, -matched.length);
    }
  }
  const reply = replyOf(text, bindings);
  const asIds = req.return_tokens_as_token_ids === true;
  const logprobs = req.logprobs && c.logprobs && c.tokenIds
    ? c.tokenIds.map((id, i) => ({
        token: asIds ? `token_id:${id}` : tok.decode([id]),
        logprob: c.logprobs![i]!,
        bytes: Array.from(tok.tokenBytes(id)),
        top_logprobs: [] as [],
      }))
    : null;
  return { index, reply, text, pieces: pieces(tok, c, text, req.skip_special_tokens !== false), finish: reply.kind === "tool_call" ? "tool_calls" : c.finish, stopReason, logprobs };
}

/**
 * The completion's text without special tokens: a turn marker the model writes mid-text is not
 * content. Rare, so the usual text is kept as generated; otherwise the rest is decoded again and
 * cut after the first stop string, as generation would have.
 */
function visibleText(tok: Tokenizer, c: Completion, stops: readonly string[]): string {
  const ids = c.tokenIds;
  if (!ids) return c.text;
  const body = ids.length > 0 && ids[ids.length - 1] === tok.end && c.finish === "stop" ? ids.slice(0, -1) : ids;
  if (!body.some((id) => tok.isSpecial(id))) return c.text;
  const kept = body.filter((id) => !tok.isSpecial(id));
  const matcher = new StopStringMatcher(tok, stops);
  for (const id of kept) {
    const hit = matcher.push(id);
    if (hit) return hit.text;
  }
  return tok.decode(kept);
}

/** Text pieces, one per generated token, that concatenate to `text` (or one piece when they cannot). */
function pieces(tok: Tokenizer, c: Completion, text: string, skipSpecial: boolean): string[] {
  if (!c.tokenIds) return [text];
  const decoder = new TextDecoder();
  const out: string[] = [];
  let used = 0;
  for (const id of c.tokenIds) {
    if (used >= text.length) break;
    if (skipSpecial && tok.isSpecial(id)) continue;
    const p = decoder.decode(tok.tokenBytes(id), { stream: true }).slice(0, text.length - used);
    if (p === "") continue;
    out.push(p);
    used += p.length;
  }
  return out.join("") === text ? out : [text];
}

function message(r: AssistantReply): Record<string, unknown> {
  if (r.kind === "text") return { role: "assistant", content: r.content };
  const reasoning = r.reasoning ? { reasoning_content: r.reasoning } : {};
  if (r.kind === "answer") return { role: "assistant", content: r.content, ...reasoning };
  return { role: "assistant", content: null, ...reasoning, tool_calls: [r.call] };
}

/**
 * OpenAI's stream: per choice a role delta, content (or reasoning) deltas, tool-call deltas
 * (the first with id, type and name, then the arguments), then its finish_reason; with
 * `include_usage`, every chunk has `usage: null` and a last chunk with no choices has the usage.
 */
function chunks(head: { id: string; created: number; model: string }, choices: readonly Choice[], usage: object | undefined): unknown[] {
  const events: unknown[] = [];
  const chunk = (index: number, delta: object, finish: string | null = null, logprobs: TokenLogprob[] | null = null) =>
    events.push({ ...head, object: "chat.completion.chunk", choices: [{ index, delta, logprobs: logprobs && { content: logprobs }, finish_reason: finish }], ...(usage ? { usage: null } : {}) });
  for (const c of choices) {
    const r = c.reply;
    chunk(c.index, { role: "assistant", content: "" });
    if (r.kind !== "text" && r.reasoning) chunk(c.index, { reasoning_content: r.reasoning });
    if (r.kind === "text") for (const p of c.pieces) chunk(c.index, { content: p });
    if (r.kind === "answer") for (const p of within(c.pieces, c.text, r.content)) chunk(c.index, { content: p });
    if (r.kind === "tool_call") {
      const call: ToolCall = r.call;
      chunk(c.index, { tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }] });
      chunk(c.index, { tool_calls: [{ index: 0, function: { arguments: call.function.arguments } }] });
    }
    if (c.logprobs) chunk(c.index, {}, null, c.logprobs);
    chunk(c.index, {}, c.finish);
  }
  if (usage) events.push({ ...head, object: "chat.completion.chunk", choices: [], usage });
  return events;
}

/** The pieces of `text` that make up `part` where it ends last in it, cut to fit; else `part` whole. */
function within(all: readonly string[], text: string, part: string): string[] {
  const start = text.lastIndexOf(part);
  if (start < 0) return [part];
  const end = start + part.length;
  const out: string[] = [];
  let at = 0;
  for (const p of all) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + p.length);
    if (to > from) out.push(p.slice(from - at, to - at));
    at += p.length;
  }
  return out.join("") === part ? out : [part];
}

function refuse(message: string, param: string, code: string | null = null): { status: number; body: ApiErrorBody } {
  return { status: 400, body: apiError(message, "invalid_request_error", param, code) };
}
