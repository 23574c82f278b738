import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { noGrad } from "../engine/index.js";
import { presetConfig } from "./config.js";
import { Model } from "./model.js";
import { KVCache, forwardChunks } from "./infer.js";
import { generate } from "./generate.js";
const V = 40;
const model = new Model(presetConfig("tiny", V), 3);
// letters for ids, so stop strings can be tested on text
const letter = (i) => 65 + (i % 26);
const tok = {
    decode: (ids) => String.fromCharCode(...Array.from(ids, letter)),
    tokenBytes: (id) => Uint8Array.of(letter(id)),
};
const seq = (n, seed) => Array.from({ length: n }, (_, i) => (i * 7 + seed * 13) % V);
function maxDiff(a, b) {
    let m = 0;
    for (let i = 0; i < a.length; i++)
        m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
}
describe("KV-cached inference", () => {
    it("gives the same logits as a full training forward, token by token", () => {
        const ids = seq(20, 1);
        const full = noGrad(() => model.forward(Int32Array.from(ids), 1, ids.length)).data;
        const cache = new KVCache(model);
        const prefill = forwardChunks(model, [{ cache, ids: ids.slice(0, 8) }], "all");
        assert.ok(maxDiff(prefill, full.subarray(0, 8 * V)) < 1e-5);
        for (let t = 8; t < ids.length; t++) {
            const step = forwardChunks(model, [{ cache, ids: [ids[t]] }], "last");
            assert.ok(maxDiff(step, full.subarray(t * V, (t + 1) * V)) < 1e-5, `position ${t}`);
        }
    });
    it("decodes a ragged batch exactly as one sequence at a time", () => {
        const prompts = [seq(3, 1), seq(11, 2), seq(6, 3)];
        const opts = { maxNewTokens: 12, temperature: 0.9, seed: 5 };
        const batched = generate(model, tok, prompts, opts);
        // sampled: each sequence draws from its own stream, so sequence 0 samples the same alone
        const alone = generate(model, tok, [prompts[0]], opts)[0];
        assert.deepEqual(alone.ids, batched[0].ids);
        assert.ok(maxDiff(alone.logprobs, batched[0].logprobs) < 1e-5); // GEMM rounding differs with batch size
        const greedyBatch = generate(model, tok, prompts, { maxNewTokens: 10, temperature: 0 });
        prompts.forEach((p, i) => {
            const alone = generate(model, tok, [p], { maxNewTokens: 10, temperature: 0 })[0];
            assert.deepEqual(alone.ids, greedyBatch[i].ids, `sequence ${i}`);
            assert.ok(maxDiff(alone.logprobs, greedyBatch[i].logprobs) < 1e-5);
        });
    });
    it("prefills a repeated prompt once and samples each copy as if it were alone", () => {
        const a = seq(9, 1);
        const b = seq(4, 2);
        const prompts = [a, a, b, a];
        const seeds = ["s0", "s1", "s2", "s3"];
        const shared = generate(model, tok, prompts, { maxNewTokens: 12, temperature: 1, seeds });
        prompts.forEach((p, i) => {
            const alone = generate(model, tok, [p], { maxNewTokens: 12, temperature: 1, seeds: [seeds[i]] })[0];
            assert.deepEqual(shared[i].ids, alone.ids, `sequence ${i}`);
            assert.ok(maxDiff(alone.logprobs, shared[i].logprobs) < 1e-5);
        });
        // the copies sampled their own streams from the shared prefix
        assert.notDeepEqual(shared[0].ids, shared[1].ids);
    });
    it("samples reproducibly for a seed and differently for another", () => {
        const prompts = [seq(5, 1), seq(5, 2)];
        const a = generate(model, tok, prompts, { maxNewTokens: 16, temperature: 1.5, seed: 1 });
        const b = generate(model, tok, prompts, { maxNewTokens: 16, temperature: 1.5, seed: 1 });
        const c = generate(model, tok, prompts, { maxNewTokens: 16, temperature: 1.5, seed: 2 });
        assert.deepEqual(a, b);
        assert.notDeepEqual(a.map((g) => g.ids), c.map((g) => g.ids));
    });
    it("stops at a stop string (kept), a stop token, or max new tokens", () => {
        const free = generate(model, tok, [seq(4, 1)], { maxNewTokens: 20, temperature: 0 })[0];
        assert.equal(free.finish, "length");
        assert.equal(free.ids.length, 20);
        const stop = free.text.slice(3, 5);
        const cut = generate(model, tok, [seq(4, 1)], { maxNewTokens: 20, temperature: 0, stop: [stop] })[0];
        assert.equal(cut.finish, "stop");
        assert.ok(cut.text.endsWith(stop) && free.text.startsWith(cut.text));
        const byToken = generate(model, tok, [seq(4, 1)], { maxNewTokens: 20, temperature: 0, stopTokens: [free.ids[2]] })[0];
        assert.equal(byToken.finish, "stop");
        assert.equal(byToken.text, tok.decode(free.ids.slice(0, free.ids.indexOf(free.ids[2]))));
    });
    it("reports log-probabilities that match the model's distribution", () => {
        const p = seq(6, 4);
        const g = generate(model, tok, [p], { maxNewTokens: 5, temperature: 1, seed: 3 })[0];
        const all = [...p, ...g.ids];
        const logits = noGrad(() => model.forward(Int32Array.from(all), 1, all.length)).data;
        g.ids.forEach((id, t) => {
            const row = logits.subarray((p.length - 1 + t) * V, (p.length + t) * V);
            const max = Math.max(...row);
            const lse = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
            assert.ok(Math.abs(g.logprobs[t] - (row[id] - lse)) < 1e-4);
        });
    });
});
//# sourceMappingURL=infer.test.js.map