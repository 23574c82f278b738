import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedPolicy, requestKey } from "./cached.js";
import { contentHash, MemoryStore } from "../run/kv.js";
import { JsonlStore } from "../run/jsonl-kv.js";
/** Counts calls; answers with a text derived from the request, after a tick. */
function counting(name = "fake") {
    const p = {
        name,
        calls: 0,
        async complete(r) {
            p.calls++;
            await new Promise((res) => setImmediate(res));
            return { text: `${r.messages.at(-1).content}/${r.seed}/${r.temperature}`, tokens: 2, promptTokens: 5, finish: "stop" };
        },
    };
    return p;
}
const req = (over = {}) => ({
    messages: [{ role: "user", content: "hi" }], temperature: 1, maxTokens: 8, stop: ["</answer>"], seed: "0:a:0", ...over,
});
test("an identical request is answered from the cache without calling the model", async () => {
    const inner = counting();
    const p = cachedPolicy(inner, new MemoryStore());
    const a = await p.complete(req());
    const b = await p.complete(req());
    assert.deepEqual(a, b);
    assert.equal(inner.calls, 1);
    assert.equal(p.hits, 1);
    assert.equal(p.misses, 1);
});
test("every field of the request is part of the key: seed, temperature, stop, max tokens, messages", async () => {
    const inner = counting();
    const p = cachedPolicy(inner, new MemoryStore());
    await p.complete(req());
    await p.complete(req({ seed: "0:a:1" }));
    await p.complete(req({ temperature: 0.5 }));
    await p.complete(req({ stop: [] }));
    await p.complete(req({ maxTokens: 9 }));
    await p.complete(req({ messages: [{ role: "user", content: "ho" }] }));
    assert.equal(inner.calls, 6);
});
test("keys are the content hash of the request as earlier versions wrote them, so old run caches replay", () => {
    // the key as it was first defined; requestKey writes the same canonical JSON by hand
    const reference = (identity, r) => contentHash({ policy: identity, messages: r.messages, temperature: r.temperature, maxTokens: r.maxTokens, stop: r.stop, seed: r.seed, topP: r.topP });
    const cases = [
        req(),
        req({ seed: undefined, stop: [] }),
        req({ seed: 7, topP: 0.9, temperature: 0 }),
        req({ messages: [] }),
        req({ messages: [{ role: "system", content: "S \"quoted\"\n\u2028 é 😀" }, { role: "user", content: "" }, { role: "assistant", content: "<answer>x</answer>" }] }),
        // keys in another order, and a message with a field beyond role and content
        req({ messages: [{ content: "c", role: "user" }, { role: "user", content: "d", name: "n" }] }),
    ];
    assert.equal(requestKey("http:m", req()), "fc65442d6ea7a6663cc4a8a9db8c73526d5764180aa07d18b5b6f7e14dd9e638");
    for (const r of cases)
        for (const id of ["http:m", "embedded:/x:abc"])
            assert.equal(requestKey(id, r), reference(id, r), JSON.stringify(r));
});
test("a different model identity never replays another model's completions", async () => {
    const store = new MemoryStore();
    const inner = counting();
    await cachedPolicy(inner, store, { identity: "ckpt-a" }).complete(req());
    await cachedPolicy(inner, store, { identity: "ckpt-b" }).complete(req());
    await cachedPolicy(inner, store, { identity: "ckpt-a" }).complete(req());
    assert.equal(inner.calls, 2);
});
test("identical requests in flight at once share one call", async () => {
    const inner = counting();
    const p = cachedPolicy(inner, new MemoryStore());
    const [a, b] = await Promise.all([p.complete(req()), p.complete(req())]);
    assert.equal(a.text, b.text);
    assert.equal(inner.calls, 1);
});
test("completions cached in a JSONL file are replayed by a new process-like reopen", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "swirl-cache-")), "policy.jsonl");
    const first = counting();
    const s1 = JsonlStore.open(file);
    const c = await cachedPolicy(first, s1).complete(req());
    s1.close();
    const second = counting();
    const s2 = JsonlStore.open(file);
    assert.deepEqual(await cachedPolicy(second, s2).complete(req()), c);
    assert.equal(second.calls, 0);
    s2.close();
});
test("a failed call is not cached: the next request tries again", async () => {
    let fail = true;
    const inner = {
        name: "flaky",
        async complete() {
            if (fail)
                throw new Error("boom");
            return { text: "ok", tokens: 1, promptTokens: 1, finish: "stop" };
        },
    };
    const p = cachedPolicy(inner, new MemoryStore());
    await assert.rejects(p.complete(req()), /boom/);
    fail = false;
    assert.equal((await p.complete(req())).text, "ok");
});
//# sourceMappingURL=cached.test.js.map