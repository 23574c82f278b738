/** Raised for a 200 reply we cannot use; the backend treats it as a retryable failure. */
export class BadReplyError extends Error {
}
export function toCompletion(reply, stops, keepStop) {
    const choice = reply.choices?.[0];
    if (!choice || !choice.message)
        throw new BadReplyError("reply has no choices");
    let text = choice.message.content ?? "";
    if (typeof text !== "string")
        throw new BadReplyError("reply content is not text");
    const finish = choice.finish_reason === "length" ? "length" : "stop";
    if (finish === "stop" && keepStop)
        text = restoreStop(text, stops, choice.stop_reason);
    const content = choice.logprobs?.content ?? undefined;
    const logprobs = content?.map((t) => t.logprob);
    const ids = content?.map((t) => /^token_id:(\d+)$/.exec(t.token)?.[1]);
    const tokenIds = ids && ids.length > 0 && ids.every((x) => x !== undefined) ? ids.map(Number) : undefined;
    const promptTokens = reply.usage?.prompt_tokens ?? 0;
    const tokens = reply.usage?.completion_tokens ?? content?.length ?? 0;
    return { text, tokens, promptTokens, finish, ...(logprobs ? { logprobs } : {}), ...(tokenIds ? { tokenIds } : {}) };
}
/** Puts back the stop string the server removed (see the header). */
export function restoreStop(text, stops, stopReason) {
    if (typeof stopReason === "string") {
        return stops.includes(stopReason) && !text.endsWith(stopReason) ? text + stopReason : text;
    }
    // null (end of turn) or a token id: the server says no stop string matched
    if (stopReason !== undefined)
        return text;
    for (const stop of stops) {
        const m = /^<\/([^<>\s]+)>$/.exec(stop);
        if (!m || text.endsWith(stop))
            continue;
        const open = text.lastIndexOf(`<${m[1]}>`);
        if (open >= 0 && text.indexOf(stop, open) < 0)
            return text + stop;
    }
    return text;
}
//# sourceMappingURL=http-response.js.map