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
  return { text, tokens, promptTokens, finish, ...(logprobs ? { logprobs } : {}), ...(tokenIds ? { tokenIds } : {}) };
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
