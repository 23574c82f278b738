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
export const END_MARKERS = ["<|im_end|>", "<|eot_id|>", "<end_of_turn>", "<|end|>", "<|endoftext|>", "</s>", "<eos>", "<|end_of_text|>"];
/** Closing tags of every tool and of the answer (paper App. E markup). */
export const DEFAULT_STOP = ["</search_query>", "</math_exp>", "</answer>"];
export class RecoverError extends Error {
    name = "RecoverError";
}
export function responseOf(query, prompt) {
    if (prompt === "")
        return query;
    if (query.startsWith(prompt))
        return query.slice(prompt.length);
    const at = query.lastIndexOf(prompt);
    if (at >= 0)
        return query.slice(at + prompt.length);
    throw new RecoverError("the query does not contain its prompt, so the response cannot be separated from it");
}
/** The action as SWiRL's judge should see it: one turn, ending at its first closing tag. */
export function trimAction(response, stop = DEFAULT_STOP) {
    let text = response;
    for (const m of END_MARKERS) {
        const i = text.indexOf(m);
        if (i >= 0)
            text = text.slice(0, i);
    }
    let cut = -1;
    for (const s of stop) {
        const i = text.indexOf(s);
        if (i >= 0 && (cut < 0 || i + s.length < cut))
            cut = i + s.length;
    }
    if (cut >= 0)
        text = text.slice(0, cut);
    return text.trim();
}
export function recoverAction(query, prompt, stop) {
    return trimAction(responseOf(query, prompt), stop);
}
//# sourceMappingURL=recover.js.map