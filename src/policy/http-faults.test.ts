import { test } from "node:test";
import assert from "node:assert/strict";
import { httpPolicy } from "./http.js";
import { startFakeOpenAI, type FakeAction } from "./http-server.fixture.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";
import type { CompletionRequest } from "./policy.js";

const ask = (content: string, extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  messages: [{ role: "user", content }],
  temperature: 0,
  maxTokens: 16,
  stop: [],
  ...extra,
});

const userText = (body: { messages?: { content: string }[] }): string => body.messages?.at(-1)?.content ?? "";

/** A server that fails each content by its script (one action per attempt), then answers. */
async function scripted(script: Record<string, FakeAction[]>, delayMs = 0) {
  const seen = new Map<string, number>();
  return startFakeOpenAI(({ body }) => {
    const q = userText(body);
    const n = seen.get(q) ?? 0;
    seen.set(q, n + 1);
    return script[q]?.[n] ?? { reply: `answer to ${q}`, delayMs };
  });
}

test("recovers from 429s, 5xx and dropped connections: nothing lost, every failure recorded", async () => {
  const server = await scripted({
    q1: [{ status: 429, headers: { "retry-after": "0.15" } }],
    q2: [{ status: 500 }, { status: 502 }],
    q3: [{ drop: true }],
    q4: [{ status: 504 }],
    q5: [{ drop: true }, { status: 503 }, { status: 429 }],
  });
  const seen: PolicyRequestError[] = [];
  const policy = httpPolicy({ baseURL: server.baseURL, model: "fake-model", timeoutMs: 5000, retries: 4, baseDelayMs: 5, maxDelayMs: 1000, maxConcurrency: 8, random: () => 0.5, onFailure: (e) => seen.push(e) });
  try {
    const elapsed: number[] = [];
    const replies = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const t0 = performance.now();
        const c = await policy.complete(ask(`q${i}`));
        elapsed[i] = performance.now() - t0;
        return c.text;
      }),
    );
    assert.deepEqual(replies, Array.from({ length: 20 }, (_, i) => `answer to q${i}`));
    // 1 + 2 + 1 + 1 + 3 injected failures, each retried once
    assert.equal(policy.failures.length, 8, policy.failures.map((f) => f.message).join("\n"));
    assert.equal(seen.length, 8);
    assert.deepEqual(policy.counts, { requests: 20, failures: 8, retries: 8, gaveUp: 0 });
    assert.equal(server.calls, 28);
    const kinds = policy.failures.map((f) => `${f.kind}:${f.status}`).sort();
    assert.deepEqual(kinds, ["connection:0", "connection:0", "rate_limit:429", "rate_limit:429", "server:500", "server:502", "server:503", "server:504"]);
    assert.deepEqual(policy.failures.map((f) => f.attempt).sort(), [1, 1, 1, 1, 1, 2, 2, 3]);
    assert.ok(policy.failures.every((f) => PolicyRequestError.isInstance(f) && f.endpoint === server.baseURL && f.willRetry && f.stage === "default"));
    // Retry-After (150 ms) beat the 5 ms backoff
    assert.ok(elapsed[1]! >= 140, `q1 took ${elapsed[1]} ms`);
    assert.equal(policy.usage().default!.requests, 20);
  } finally {
    await server.close();
  }
});

test("a reply slower than the timeout is abandoned, recorded as a timeout and retried", async () => {
  const server = await scripted({ slow: [{ reply: "too late", delayMs: 1500 }] });
  const policy = httpPolicy({ baseURL: server.baseURL, model: "m", timeoutMs: 300, baseDelayMs: 1 });
  try {
    assert.equal((await policy.complete(ask("slow"))).text, "answer to slow");
    assert.deepEqual(policy.failures.map((f) => [f.kind, f.attempt, f.willRetry]), [["timeout", 1, true]]);
    assert.equal(server.calls, 2);
  } finally {
    await server.close();
  }
});

test("gives up after the retry budget and throws the last failure; every attempt is in the log", async () => {
  const server = await scripted({ doomed: Array.from({ length: 10 }, () => ({ status: 500 })) });
  const policy = httpPolicy({ baseURL: server.baseURL, model: "m", retries: 2, baseDelayMs: 1, random: () => 0 });
  try {
    await assert.rejects(policy.complete(ask("doomed")), (e: unknown) => {
      assert.ok(PolicyRequestError.isInstance(e));
      assert.equal(e.attempt, 3);
      assert.equal(e.willRetry, false);
      assert.equal(e.status, 500);
      assert.match(e.message, /attempt 3 .*giving up/);
      return true;
    });
    assert.equal(server.calls, 3);
    assert.deepEqual(policy.failures.map((f) => [f.attempt, f.willRetry]), [[1, true], [2, true], [3, false]]);
    assert.deepEqual(policy.counts, { requests: 1, failures: 3, retries: 2, gaveUp: 1 });
  } finally {
    await server.close();
  }
});

test("a 400 is not retried (a bad request stays bad) but is recorded", async () => {
  const server = await scripted({ bad: [{ status: 400 }] });
  const policy = httpPolicy({ baseURL: server.baseURL, model: "m", baseDelayMs: 1 });
  try {
    await assert.rejects(policy.complete(ask("bad")), (e: unknown) => PolicyRequestError.isInstance(e) && e.kind === "client" && e.attempt === 1);
    assert.equal(server.calls, 1);
    assert.equal(policy.failures.length, 1);
  } finally {
    await server.close();
  }
});

test("least-busy balancing: equal servers share evenly, a slow one gets less, the limit holds", async () => {
  const a = await startFakeOpenAI(() => ({ reply: "a", delayMs: 40 }));
  const b = await startFakeOpenAI(() => ({ reply: "b", delayMs: 40 }));
  try {
    const even = httpPolicy({ endpoints: [a.baseURL, b.baseURL], model: "m", maxConcurrency: 10 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => even.complete(ask(`x${i}`))));
    assert.deepEqual(Object.values(even.startedPerEndpoint()), [5, 5]);
  } finally {
    await a.close();
    await b.close();
  }
  const fast = await startFakeOpenAI(() => ({ reply: "fast", delayMs: 2 }));
  const slow = await startFakeOpenAI(() => ({ reply: "slow", delayMs: 300 }));
  try {
    const policy = httpPolicy({ endpoints: [fast.baseURL, { baseURL: slow.baseURL, maxConcurrency: 2 }], model: "m", maxConcurrency: 4 });
    const texts = await Promise.all(Array.from({ length: 24 }, (_, i) => policy.complete(ask(`y${i}`)).then((c) => c.text)));
    const slowCount = texts.filter((t) => t === "slow").length;
    assert.equal(texts.length, 24);
    assert.ok(slowCount <= 6, `slow server got ${slowCount} of 24`);
    assert.equal(slow.maxConcurrent, 2, "per-endpoint limit");
  } finally {
    await fast.close();
    await slow.close();
  }
});

test("never holds more requests in flight than the concurrency limit", async () => {
  const server = await startFakeOpenAI(() => ({ reply: "ok", delayMs: 15 }));
  try {
    const policy = httpPolicy({ baseURL: server.baseURL, model: "m", maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => policy.complete(ask(`z${i}`))));
    assert.equal(server.calls, 12);
    assert.equal(server.maxConcurrent, 3);
  } finally {
    await server.close();
  }
});

test("counts usage per stage, with cost from per-1M-token prices", async () => {
  const server = await startFakeOpenAI(() => ({ reply: "ok", promptTokens: 100, completionTokens: 20 }));
  try {
    const base = httpPolicy({ baseURL: server.baseURL, model: "m", prices: { promptPer1M: 2, completionPer1M: 8 } });
    const gen = base.forStage("generate");
    const judge = base.forStage("judge");
    await Promise.all([gen.complete(ask("a")), gen.complete(ask("b")), gen.complete(ask("c")), judge.complete(ask("d"))]);
    const u = base.usage();
    assert.deepEqual(Object.keys(u).sort(), ["generate", "judge"]);
    assert.equal(u.generate!.requests, 3);
    assert.equal(u.generate!.promptTokens, 300);
    assert.equal(u.generate!.completionTokens, 60);
    assert.ok(Math.abs(u.generate!.cost - (300 * 2 + 60 * 8) / 1e6) < 1e-12);
    assert.equal(judge.totalUsage().requests, 4); // views share one meter
  } finally {
    await server.close();
  }
});

test("passes sampling options through, finds the model name, restores the stop string, keeps logprobs and ids", async () => {
  const bodies: Record<string, unknown>[] = [];
  const server = await startFakeOpenAI(({ body }) => {
    bodies.push(body);
    return {
      reply: "let me look <search_query>capital of France",
      finish: "stop",
      logprobs: [{ token: "token_id:5", logprob: -0.5 }, { token: "token_id:9", logprob: -1.25 }],
    };
  }, "listed-model");
  try {
    const policy = httpPolicy({ baseURL: server.baseURL, logprobs: true, tokenIds: true });
    const c = await policy.complete(ask("q", { temperature: 0.7, topP: 0.9, seed: "abc", maxTokens: 33, stop: ["</search_query>", "</answer>"] }));
    assert.equal(c.text, "let me look <search_query>capital of France</search_query>");
    assert.deepEqual(c.logprobs, [-0.5, -1.25]);
    assert.deepEqual(c.tokenIds, [5, 9]);
    assert.equal(c.finish, "stop");
    const b = bodies[0]!;
    assert.equal(b.model, "listed-model");
    assert.equal(b.temperature, 0.7);
    assert.equal(b.top_p, 0.9);
    assert.equal(b.max_tokens, 33);
    assert.deepEqual(b.stop, ["</search_query>", "</answer>"]);
    assert.ok(Number.isInteger(b.seed));
    assert.equal(b.logprobs, true);
    assert.equal(b.return_tokens_as_token_ids, true);
  } finally {
    await server.close();
  }
});

test("an oversize reply body and a text longer than max_tokens allows are recorded failures, retried, never accepted", async () => {
  const body = (content: string) => JSON.stringify({ id: "x", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });
  const huge = body("x".repeat(3 << 20)); // 3 MB for max_tokens 16
  const server = await scripted({
    big: [{ raw: huge }],
    roomy: [{ raw: huge }],
    long: [{ raw: body("y".repeat(16 * 200)) }],
  });
  const seen: PolicyRequestError[] = [];
  const policy = httpPolicy({ baseURL: server.baseURL, model: "fake-model", retries: 2, baseDelayMs: 1, random: () => 0.5, onFailure: (e) => seen.push(e) });
  try {
    assert.equal((await policy.complete(ask("big"))).text, "answer to big");
    assert.equal((await policy.complete(ask("long"))).text, "answer to long");
    assert.deepEqual(seen.map((f) => f.kind), ["bad_response", "bad_response"]);
    assert.match(seen[0]!.problem, /exceeds the cap of \d+/);
    assert.match(seen[1]!.problem, /3200 characters is longer than max_tokens 16/);
    // a larger cap lets the same reply through the byte check (the length check still applies)
    const roomy = httpPolicy({ baseURL: server.baseURL, model: "fake-model", retries: 0, maxReplyBytes: 8 << 20 });
    await assert.rejects(roomy.complete(ask("roomy")), /longer than max_tokens/);
    await roomy.close();
  } finally {
    await policy.close();
    await server.close();
  }
});
