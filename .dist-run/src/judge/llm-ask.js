/**
 * The loop both LLM judges share: ask the model, read the label; when no label can be read, ask
 * again with another seed (and, if greedy, a little temperature, since greedy decoding with a
 * new seed would repeat the same reply); after the last attempt, throw a JudgeError carrying
 * the replies. A model call that fails for good (the HTTP backend already retried it) becomes
 * a JudgeError too, with the backend's error as its cause.
 */
import { JudgeError } from "../errors/judge-error.js";
/** Everything that changes a verdict besides its input (part of the cache key). */
export function judgeConfig(kind, o, promptVersion) {
    return { kind, promptVersion, temperature: o.temperature ?? 0, maxTokens: o.maxTokens ?? 512, seed: o.seed ?? 0 };
}
export async function askForLabel(o, judge, messages, parse) {
    const attempts = Math.max(1, o.attempts ?? 3);
    const temperature = o.temperature ?? 0;
    const replies = [];
    for (let i = 0; i < attempts; i++) {
        let reply;
        try {
            const c = await o.policy.complete({
                messages,
                temperature: i > 0 && temperature === 0 ? (o.retryTemperature ?? 0.7) : temperature,
                maxTokens: o.maxTokens ?? 512,
                stop: [],
                seed: (o.seed ?? 0) + i,
            });
            reply = c.text;
        }
        catch (e) {
            throw new JudgeError({ judge, problem: "call_failed", attempts: i + 1, replies, detail: e.message, cause: e });
        }
        const label = parse(reply);
        if (label !== undefined)
            return { label, reply };
        replies.push(reply);
    }
    throw new JudgeError({ judge, problem: "unparseable", attempts, replies });
}
//# sourceMappingURL=llm-ask.js.map