/**
 * An OpenAI chat completion → our Completion. Two differences need care:
 * - OpenAI servers cut the matched stop string from the text; our Policy contract keeps it
 *   (the action parser needs `</search_query>`). vLLM and `swirl serve` say which string
 *   matched (`stop_reason`); otherwise, when the text opens a tag whose closing tag is a stop
 *   string and never closes it, that closing tag is what stopped it.
 * - Token ids come back only from servers asked for them (vLLM's `return_tokens_as_token_ids`
 *   spells each token "token_id:123"); log-probs whenever the server returns them.
 */
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { Completion } from "./policy.js";
import type { WireToolCall } from "../types.js";

type Choice = ChatCompletion["choices"][number] & { stop_reason?: string | number | null };

/** Raised for a 200 reply we cannot use; the backend treats it as a retryable failure. */
export class BadReplyError extends Error {}

export function toCompletion(reply: ChatCompletion, stops: readonly string[], keepStop: boolean): Completion {
  const choice = reply.choices?.[0] as Choice | undefined;
  if (!choice || !choice.message) throw new BadReplyError("reply has no choices");
  let text = choice.message.content ?? "";
  if (typeof text !== "string") throw new BadReplyError("reply content is not text");
  const finish = choice.finish_reason === "length" ? "length" : "stop";
  if (finish === "stop" && keepStop) text = restoreStop(text, stops, choice.stop_reason);

  const content = choice.logprobs?.content ?? undefined;
  const logprobs = content?.map((t) => t.logprob);
  const ids = content?.map((t) => /^token_id:(\d+)$/.exec(t.token)?.[1]);
  const tokenIds = ids && ids.length > 0 && ids.every((x) => x !== undefined) ? ids.map(Number) : undefined;

  const promptTokens = reply.usage?.prompt_tokens ?? 0;
  const tokens = reply.usage?.completion_tokens ?? content?.length ?? 0;
  const toolCalls = toolCallsOf(choice.message.tool_calls);
  // a call's thought may come apart from the content, as vLLM's reasoning parsers and `swirl serve` send it
  const reasoning = (choice.message as { reasoning_content?: unknown }).reasoning_content;
  if (toolCalls && text === "" && typeof reasoning === "string") text = reasoning;
  return { text, tokens, promptTokens, finish, ...(logprobs ? { logprobs } : {}), ...(tokenIds ? { tokenIds } : {}), ...(toolCalls ? { toolCalls } : {}) };
}

/** The reply's function calls (native format); a malformed one makes the reply unusable (retried). */
function toolCallsOf(calls: unknown): WireToolCall[] | undefined {
  if (calls === undefined || calls === null) return undefined;
  if (!Array.isArray(calls)) throw new BadReplyError("reply tool_calls is not a list");
  if (calls.length === 0) return undefined;
  return calls.map((c: unknown, i) => {
    const f = (c as { type?: unknown; id?: unknown; function?: { name?: unknown; arguments?: unknown } } | null);
    if (f?.type !== "function" || typeof f.id !== "string" || typeof f.function?.name !== "string" || typeof f.function.arguments !== "string") {
      throw new BadReplyError(`reply tool_calls[${i}] is not a function call with id, name and arguments`);
    }
    return { id: f.id, type: "function", function: { name: f.function.name, arguments: f.function.arguments } };
  });
}

/** Puts back the stop string the server removed (see the header). */
export function restoreStop(text: string, stops: readonly string[], stopReason: unknown): string {
  if (typeof stopReason === "string") {
    return stops.includes(stopReason) && !text.endsWith(stopReason) ? text + stopReason : text;
  }
  // null (end of turn) or a token id: the server says no stop string matched
  if (stopReason !== undefined) return text;
  for (const stop of stops) {
    const m = /^<\/([^<>\s]+)>$/.exec(stop);
    if (!m || text.endsWith(stop)) continue;
    const open = text.lastIndexOf(`<${m[1]}>`);
    if (open >= 0 && text.indexOf(stop, open) < 0) return text + stop;
  }
  return text;
}
