const ROLE_TOKEN = {
    system: "<|system|>",
    user: "<|user|>",
    assistant: "<|assistant|>",
};
/** The ids that open a turn of `role`. */
export function roleToken(tok, role) {
    const name = ROLE_TOKEN[role];
    if (!name)
        throw new Error(`chat: unknown role ${JSON.stringify(role)}`);
    return tok.special(name);
}
/** The ids of a conversation ready for generation: all turns, then an open <|assistant|> turn. */
export function renderPrompt(tok, messages) {
    const ids = [tok.bos];
    for (const m of messages)
        pushTurn(tok, ids, m);
    ids.push(tok.special("<|assistant|>"));
    return Int32Array.from(ids);
}
/** The ids of an action as the model should produce it after renderPrompt: content + <|end|>. */
export function encodeAction(tok, text) {
    return Int32Array.from([...tok.encode(text), tok.end]);
}
/** Ids and loss mask of a whole conversation (see the invariant in the header). */
export function encodeConversation(tok, messages, opts) {
    let lastAssistant = -1;
    messages.forEach((m, i) => {
        if (m.role === "assistant")
            lastAssistant = i;
    });
    const ids = [tok.bos];
    const mask = [0];
    messages.forEach((m, i) => {
        const start = ids.length;
        pushTurn(tok, ids, m);
        const trained = opts.train === "all" || (m.role === "assistant" && (opts.train === "all-assistant" || i === lastAssistant));
        mask.push(opts.train === "all" ? 1 : 0); // the role marker is given, except when modelling the whole text
        for (let k = start + 1; k < ids.length; k++)
            mask.push(trained ? 1 : 0);
    });
    return { ids: Int32Array.from(ids), lossMask: Uint8Array.from(mask) };
}
function pushTurn(tok, ids, m) {
    ids.push(roleToken(tok, m.role));
    for (const id of tok.encode(m.content))
        ids.push(id);
    ids.push(tok.end);
}
//# sourceMappingURL=chat.js.map