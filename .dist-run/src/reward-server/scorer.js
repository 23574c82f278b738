import { hideAnswers } from "../judge/judge.js";
import { cachedProcessJudge } from "../judge/cached.js";
/** A request the server should answer with 400: the reason goes back to the client. */
export class BadRequest extends Error {
    name = "BadRequest";
}
export class Scorer {
    opts;
    judge;
    running = 0;
    waiting = [];
    constructor(opts) {
        this.opts = opts;
        this.judge = cachedProcessJudge(opts.judge, opts.cache);
    }
    get states() {
        return this.opts.states?.size ?? 0;
    }
    /** The state's context and example, or throws BadRequest saying what is missing. */
    resolve(r) {
        let messages = r.messages;
        let exampleId = r.exampleId;
        if (r.stateId !== undefined) {
            const s = this.opts.states?.get(r.stateId);
            if (!s)
                throw new BadRequest(`unknown state id "${r.stateId}" (the server has ${this.states} states)`);
            messages = s.messages;
            exampleId = s.exampleId;
        }
        if (!messages)
            throw new BadRequest("give a state_id, or messages with the context");
        const known = exampleId !== undefined ? this.opts.examples?.get(exampleId) : undefined;
        if (known)
            return { messages, example: hideAnswers(known) };
        // an LLM judge needs only the question; a rule judge will say it cannot judge this example
        const question = r.question ?? (messages.find((m) => m.role === "user")?.content ?? "").replace(/^(Question|Problem): /, "");
        const kind = messages.some((m) => m.content.includes("<math_exp>")) || r.action.includes("<math_exp>") ? "math" : "qa";
        return { messages, example: { id: exampleId ?? "unknown", dataset: "unknown", kind, question } };
    }
    async score(r) {
        const { messages, example } = this.resolve(r);
        const v = await this.limited(() => this.judge.judgeStep({ example, messages, action: r.action }));
        return { reward: v.label === "GOOD" ? 1 : 0, label: v.label, rationale: v.rationale };
    }
    async limited(run) {
        const max = this.opts.concurrency ?? 16;
        while (this.running >= max)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.running++;
        try {
            return await run();
        }
        finally {
            this.running--;
            this.waiting.shift()?.();
        }
    }
}
//# sourceMappingURL=scorer.js.map