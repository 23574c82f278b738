const ALL_TAGS = ["search_query", "math_exp", "answer"];
export function normaliseInput(s) {
    return s.trim().toLowerCase().replace(/\s+/g, " ");
}
export function parseAction(text, opts) {
    // the usual case (the paper's tags) needs no new list: this runs on every step of every rollout
    const usual = opts.knownTags === undefined && opts.toolTags.every((t) => ALL_TAGS.includes(t));
    const tags = usual ? ALL_TAGS : [...new Set([...(opts.knownTags ?? ALL_TAGS), ...opts.toolTags, "answer"])];
    const found = [];
    let unclosed = false;
    for (const tag of tags) {
        const open = `<${tag}>`;
        let from = text.indexOf(open);
        if (from < 0)
            continue; // most tags are absent from a turn
        const close = `</${tag}>`;
        for (;;) {
            const s = text.indexOf(open, from);
            if (s < 0)
                break;
            const e = text.indexOf(close, s + open.length);
            if (e < 0) {
                unclosed = true;
                break;
            }
            found.push({ tag, start: s, end: e + close.length, inner: text.slice(s + open.length, e) });
            from = e + close.length;
        }
    }
    found.sort((a, b) => a.start - b.start);
    const reasoning = (found.length > 0 ? text.slice(0, found[0].start) : text).trim();
    const invalid = (reason) => ({ kind: "invalid", reason, reasoning });
    if (found.length === 0)
        return invalid(unclosed ? "unclosed_tag" : "no_tag");
    const hasAnswer = found.some((f) => f.tag === "answer");
    const hasTool = found.some((f) => f.tag !== "answer");
    if (hasAnswer && hasTool)
        return invalid("tool_and_answer");
    if (found.length > 1)
        return invalid("two_tags");
    if (unclosed)
        return invalid("unclosed_tag");
    const [call] = found;
    if (text.slice(call.end).trim() !== "")
        return invalid("text_after_tag");
    const input = call.inner.trim();
    if (input === "")
        return invalid("empty_input");
    if (call.tag === "answer")
        return { kind: "answer", answer: input, reasoning };
    if (!opts.toolTags.includes(call.tag))
        return invalid("unknown_tool");
    if (opts.rejectRepeats && (opts.previousInputs ?? []).some((p) => normaliseInput(p) === normaliseInput(input))) {
        return invalid("repeated_query");
    }
    return { kind: "tool", tool: call.tag, input, reasoning };
}
//# sourceMappingURL=parse-action.js.map