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
/** Raised for a 200 reply we cannot use; the backend treats it as a retryable failure. */
export declare class BadReplyError extends Error {
}
export declare function toCompletion(reply: ChatCompletion, stops: readonly string[], keepStop: boolean): Completion;
/** Puts back the stop string the server removed (see the header). */
export declare function restoreStop(text: string, stops: readonly string[], stopReason: unknown): string;
