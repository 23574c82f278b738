/**
 * OpenRLHF's remote reward protocol sends, per sample, `query` = the prompt as the engine
 * rendered it (chat template applied) followed by the sampled response, `prompt` = that
 * rendered prompt alone, and `label` = the dataset's label column. SWiRL's exports put the state
 * id in the label, so the context comes from the state set, never from re-parsing a chat
 * template; only the action has to be recovered from the text:
 *   1. response = query after the prompt (prefix match; else after the prompt's last occurrence,
 *      since some engines prepend a BOS token to one but not the other);
 *   2. cut at the first end-of-turn marker the common chat templates use;
 *   3. cut after the first closing tag (`</search_query>`, `</math_exp>`, `</answer>`): an action is
 *      one turn stopped at its closing tag, and engines without stop strings generate past it.
 */
/** End-of-turn and end-of-text markers of common chat templates (ChatML, Llama 3, Gemma, Mistral, Phi). */
export declare const END_MARKERS: string[];
/** Closing tags of every tool and of the answer (paper App. E markup). */
export declare const DEFAULT_STOP: string[];
export declare class RecoverError extends Error {
    readonly name = "RecoverError";
}
export declare function responseOf(query: string, prompt: string): string;
/** The action as SWiRL's judge should see it: one turn, ending at its first closing tag. */
export declare function trimAction(response: string, stop?: readonly string[]): string;
export declare function recoverAction(query: string, prompt: string, stop?: readonly string[]): string;
