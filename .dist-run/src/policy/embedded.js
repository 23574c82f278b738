import { renderPrompt } from "../model/chat.js";
import { generate } from "../model/generate.js";
import { ContextLengthError } from "../errors/context-length-error.js";
export class EmbeddedPolicy {
    model;
    tokenizer;
    name;
    queue = [];
    scheduled = false;
    maxBatch;
    /** Completions served (a cheap progress / bench counter). */
    served = 0;
    constructor(model, tokenizer, opts = {}) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.maxBatch = opts.maxBatch ?? 64;
        this.name = opts.name ?? "embedded";
    }
    complete(request) {
        return new Promise((resolve, reject) => {
            this.queue.push({ request, resolve, reject });
            if (!this.scheduled) {
                this.scheduled = true;
                setImmediate(() => this.flush());
            }
        });
    }
    flush() {
        this.scheduled = false;
        const batch = this.queue.splice(0, this.maxBatch);
        if (this.queue.length > 0) {
            this.scheduled = true;
            setImmediate(() => this.flush());
        }
        // requests with the same decoding settings share one generate call
        const groups = new Map();
        for (const p of batch) {
            const r = p.request;
            const key = JSON.stringify([r.temperature, r.maxTokens, r.stop, r.topP ?? 1]);
            groups.set(key, [...(groups.get(key) ?? []), p]);
        }
        for (const group of groups.values())
            this.run(group);
    }
    run(group) {
        const tok = this.tokenizer;
        const ctx = this.model.config.contextLength;
        const ok = [];
        for (const p of group) {
            const ids = renderPrompt(tok, p.request.messages);
            if (ids.length >= ctx)
                p.reject(new ContextLengthError(ids.length, ctx));
            else
                ok.push({ p, ids });
        }
        if (ok.length === 0)
            return;
        const r = ok[0].p.request;
        try {
            const gens = generate(this.model, tok, ok.map((o) => o.ids), {
                maxNewTokens: r.maxTokens,
                temperature: r.temperature,
                topP: r.topP ?? 1,
                stop: r.stop,
                stopTokens: [tok.end],
                seeds: ok.map((o, i) => o.p.request.seed ?? `batch:${this.served + i}`),
            });
            gens.forEach((g, i) => {
                this.served++;
                ok[i].p.resolve({
                    text: g.text,
                    tokens: g.ids.length,
                    promptTokens: ok[i].ids.length,
                    logprobs: g.logprobs,
                    tokenIds: g.ids,
                    finish: g.finish,
                });
            });
        }
        catch (e) {
            for (const o of ok)
                o.p.reject(e);
        }
    }
}
//# sourceMappingURL=embedded.js.map