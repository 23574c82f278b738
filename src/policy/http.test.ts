import { test } from "node:test";
import assert from "node:assert/strict";
import { httpPolicy } from "./http.js";
import { EmbeddedPolicy } from "./embedded.js";
import { startServer } from "../serve/server.js";
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
import { Tokenizer } from "../model/tokenizer.js";
import type { CompletionRequest } from "./policy.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";

// an untrained tiny model: what it says is noise, but the same noise through both paths
const tokenizer = Tokenizer.byteLevel();
const model = new Model(presetConfig("tiny", tokenizer.vocabSize, { contextLength: 256 }), 3);

const request = (seed: number, extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  messages: [
    { role: "system", content: "Answer in a few words." },
    { role: "user", content: `Question: what is ${seed} + 2?` },
  ],
  temperature: 1,
  maxTokens: 12,
  stop: ["</answer>"],
  seed,
  ...extra,
});

test("the HTTP backend through a real `swirl serve` returns what the embedded policy returns", async () => {
  const server = await startServer({ model, tokenizer, port: 0 });
  const embedded = new EmbeddedPolicy(model, tokenizer);
  // the text as generated, turn markers included, as the embedded policy returns it
  const http = httpPolicy({ baseURL: server.baseURL, logprobs: true, tokenIds: true, extraBody: { skip_special_tokens: false } });
  try {
    // concurrent requests batch inside the server; each keeps its own seed's stream
    const seeds = [1, 2, 3, 4, 5, 6];
    const [viaHttp, direct] = await Promise.all([
      Promise.all(seeds.map((s) => http.complete(request(s)))),
      Promise.all(seeds.map((s) => embedded.complete(request(s)))),
    ]);
    viaHttp.forEach((h, i) => {
      const d = direct[i]!;
      assert.equal(h.text, d.text);
      assert.equal(h.finish, d.finish);
      assert.equal(h.tokens, d.tokens);
      assert.equal(h.promptTokens, d.promptTokens);
      assert.deepEqual(h.tokenIds, d.tokenIds);
      // batches of other shapes round differently in the last float32 bits
      assert.equal(h.logprobs?.length, d.logprobs?.length);
      h.logprobs!.forEach((lp, j) => assert.ok(Math.abs(lp - d.logprobs![j]!) < 1e-5));
    });
    assert.equal(server.served(), seeds.length);
    const u = http.usage().default!;
    assert.equal(u.requests, seeds.length);
    assert.equal(u.completionTokens, direct.reduce((s, c) => s + c.tokens, 0));
    assert.equal(http.failures.length, 0);
  } finally {
    await server.close();
  }
});

test("a stop string the server cuts off comes back into the text, as the embedded policy keeps it", async () => {
  const server = await startServer({ model, tokenizer, port: 0 });
  const embedded = new EmbeddedPolicy(model, tokenizer);
  const http = httpPolicy({ baseURL: server.baseURL, model: server.modelName, extraBody: { skip_special_tokens: false } });
  try {
    // pick a stop string the greedy continuation is sure to produce: two plain characters of it
    const greedy = await embedded.complete(request(0, { temperature: 0, stop: [], maxTokens: 24 }));
    const at = [...greedy.text].findIndex((_, i, cs) => /^[\x20-\x7e]{2}$/.test((cs[i] ?? "") + (cs[i + 1] ?? "")));
    assert.ok(at >= 0, `no two printable characters in ${JSON.stringify(greedy.text)}`);
    const stop = [...greedy.text].slice(at, at + 2).join("");
    const r = request(0, { temperature: 0, stop: [stop], maxTokens: 24 });
    const [h, d] = await Promise.all([http.complete(r), embedded.complete(r)]);
    assert.ok(d.text.endsWith(stop));
    assert.equal(h.text, d.text);
    assert.equal(h.finish, "stop");
  } finally {
    await server.close();
  }
});

test("a prompt longer than the context: the embedded policy and `swirl serve` both say so, and it is not retried", async () => {
  const server = await startServer({ model, tokenizer, port: 0 });
  const embedded = new EmbeddedPolicy(model, tokenizer);
  const http = httpPolicy({ baseURL: server.baseURL, model: server.modelName, baseDelayMs: 1 });
  const long = request(0, { messages: [{ role: "user", content: "x".repeat(400) }] });
  try {
    await assert.rejects(embedded.complete(long), (e: unknown) => ContextLengthError.isInstance(e) && e.contextLength === 256);
    await assert.rejects(http.complete(long), (e: unknown) => PolicyRequestError.isInstance(e) && e.kind === "context_length" && e.status === 400 && !e.willRetry && /does not fit the context of 256/.test(e.problem));
    assert.deepEqual([http.counts.failures, http.counts.retries], [1, 0]);
  } finally {
    await server.close();
  }
});
