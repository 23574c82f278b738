/**
 * Batched generation: prefill every prompt into its own KV cache, then decode all unfinished
 * sequences together, one token each per step. Each sequence has its own seeded RNG, so a
 * sequence samples the same tokens alone or in any batch. A sequence stops at a stop string
 * (kept, text cut right after it), at a stop token (e.g. end of turn), or at maxNewTokens.
 */
import { Rng } from "../util/random.js";
import { KVCache, forwardChunks } from "./infer.js";
import { sampleToken } from "./sample.js";
import { StopStringMatcher } from "./chat-stop.js";
export function generate(model, tok, prompts, opts) {
    const sampling = { temperature: opts.temperature ?? 1, topK: opts.topK ?? 0, topP: opts.topP ?? 1 };
    const stops = opts.stop ?? [];
    const stopTokens = new Set(opts.stopTokens ?? []);
    const seqs = prompts.map((p, i) => ({
        // room for the prompt and the longest answer only: most prompts are far shorter than the context
        cache: new KVCache(model, Math.min(model.config.contextLength, p.length + opts.maxNewTokens)),
        rng: new Rng(opts.seeds?.[i] ?? `${opts.seed ?? 0}:${i}`),
        ids: [],
        logprobs: [],
        text: "",
        // incremental: each new token costs O(longest stop string), not a decode of the whole text
        stops: new StopStringMatcher(tok, stops),
        finish: null,
        room: Math.min(opts.maxNewTokens, model.config.contextLength - p.length),
    }));
    if (seqs.some((s) => s.room < 0))
        throw new Error(`generate: a prompt is longer than the context (${model.config.contextLength})`);
    let active = seqs.map((_, i) => i);
    active = active.filter((i) => {
        if (seqs[i].room > 0)
            return true;
        seqs[i].finish = "length";
        return false;
    });
    const V = model.config.vocabSize;
    let logits = active.length > 0 ? prefillShared(model, active.map((i) => ({ cache: seqs[i].cache, ids: prompts[i] }))) : new Float32Array(0);
    let chunks = [];
    while (active.length > 0) {
        if (chunks.length > 0)
            logits = forwardChunks(model, chunks, "last");
        const next = [];
        active.forEach((si, j) => {
            const s = seqs[si];
            const { id, logprob } = sampleToken(logits.subarray(j * V, (j + 1) * V), sampling, s.rng);
            s.ids.push(id);
            s.logprobs.push(logprob);
            if (stopTokens.has(id)) {
                s.text = tok.decode(s.ids.slice(0, -1));
                s.finish = "stop";
                return;
            }
            const hit = s.stops.push(id);
            if (hit) {
                s.text = hit.text;
                s.finish = "stop";
            }
            else if (s.ids.length >= s.room) {
                s.text = tok.decode(s.ids);
                s.finish = "length";
            }
            else {
                next.push(si);
            }
        });
        active = next;
        chunks = active.map((si) => ({ cache: seqs[si].cache, ids: [seqs[si].ids[seqs[si].ids.length - 1]] }));
    }
    return seqs.map((s) => ({ ids: s.ids, text: s.text, logprobs: s.logprobs, finish: s.finish ?? "length" }));
}
/**
 * Prefills every prompt, computing each distinct prompt once: n samples of one state (stage 2's
 * G actions, stage 1's first steps) share the prompt, so the copies get its KV cache and its
 * last-token logits instead of a forward pass of their own.
 */
function prefillShared(model, chunks) {
    const V = model.config.vocabSize;
    const first = new Map(); // prompt → index of its first chunk
    const source = chunks.map((ch, i) => {
        const key = Array.prototype.join.call(ch.ids, ",");
        const at = first.get(key);
        if (at !== undefined)
            return at;
        first.set(key, i);
        return i;
    });
    const unique = chunks.filter((_, i) => source[i] === i);
    const uniqueLogits = forwardChunks(model, unique, "last");
    const row = new Map(unique.map((ch, j) => [ch, j]));
    const logits = new Float32Array(chunks.length * V);
    chunks.forEach((ch, i) => {
        const src = chunks[source[i]];
        const j = row.get(src);
        logits.set(uniqueLogits.subarray(j * V, (j + 1) * V), i * V);
        if (src !== ch)
            copyCache(src.cache, ch.cache);
    });
    return logits;
}
function copyCache(from, to) {
    const n = from.length * (from.k[0].length / from.capacity);
    from.k.forEach((k, l) => to.k[l].set(k.subarray(0, n)));
    from.v.forEach((v, l) => to.v[l].set(v.subarray(0, n)));
    to.length = from.length;
}
//# sourceMappingURL=generate.js.map