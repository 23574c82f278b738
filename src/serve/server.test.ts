import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { startServer } from "./server.js";
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
import { Tokenizer } from "../model/tokenizer.js";
import { saveModel } from "../model/io.js";
import { assertRefusesWebPages, rawRequest } from "../util/http-probe.fixture.js";

const JSON_TYPE = { "content-type": "application/json" };

const tokenizer = Tokenizer.byteLevel();
const model = new Model(presetConfig("tiny", tokenizer.vocabSize, { contextLength: 128 }), 1);
const messages = [{ role: "user", content: "Question: 1 + 1?" }];

test("with a token, /v1 routes answer 401 without it and 200 with it; /health stays open", async () => {
  const server = await startServer({ model, tokenizer, token: "s3cret" });
  try {
    assert.equal((await fetch(`${server.baseURL}/models`)).status, 401);
    const wrong = await fetch(`${server.baseURL}/models`, { headers: { authorization: "Bearer nope" } });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get("www-authenticate"), "Bearer");
    const post = await fetch(`${server.baseURL}/chat/completions`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ messages }) });
    assert.equal(post.status, 401);
    const ok = await fetch(`${server.baseURL}/models`, { headers: { authorization: "Bearer s3cret" } });
    assert.equal(ok.status, 200);
    assert.deepEqual(((await ok.json()) as { data: { id: string }[] }).data.map((m) => m.id), ["swirl-embedded"]);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    // the official client with the key works end to end
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: "s3cret", maxRetries: 0 });
    const reply = await client.chat.completions.create({ model: "swirl-embedded", messages: [{ role: "user", content: "hi" }], max_tokens: 4, seed: 1 });
    assert.equal(reply.choices.length, 1);
  } finally {
    await server.close();
  }
});

test("malformed requests get 400 with a JSON error naming the field", async () => {
  const server = await startServer({ model, tokenizer, modelName: "tiny" });
  const post = async (body: unknown) => {
    const res = await fetch(`${server.baseURL}/chat/completions`, { method: "POST", headers: JSON_TYPE, body: typeof body === "string" ? body : JSON.stringify(body) });
    return { status: res.status, error: ((await res.json()) as { error: { param: string | null; message: string } }).error };
  };
  try {
    const notJson = await post("{messages:");
    assert.equal(notJson.status, 400);
    assert.match(notJson.error.message, /JSON/);
    const cases: [unknown, string][] = [
      [{}, "messages"],
      [{ messages: [] }, "messages"],
      [{ messages: [{ role: "robot", content: "x" }] }, "messages.0"],
      [{ messages: [{ role: "tool", content: "x", tool_call_id: "c1" }] }, "messages.0.tool_call_id"], // no such call before it
      [{ messages: [{ role: "user" }] }, "messages.0.content"],
      [{ messages, temperature: "hot" }, "temperature"],
      [{ messages, max_tokens: -3 }, "max_tokens"],
      [{ messages, n: 0 }, "n"],
      [{ messages, stop: [1] }, "stop"],
      [{ messages, stream: "yes" }, "stream"],
      [{ messages, tool_choice: "required" }, "tool_choice"],
      [{ messages, top_logprobs: 5 }, "top_logprobs"],
      [{ messages: [{ role: "user", content: "x".repeat(500) }] }, "messages"], // longer than the context
    ];
    for (const [body, param] of cases) {
      const r = await post(body);
      assert.equal(r.status, 400, JSON.stringify(body).slice(0, 80));
      assert.equal(r.error.param?.split(".").slice(0, param.split(".").length).join("."), param, `${JSON.stringify(body).slice(0, 80)} → ${r.error.message}`);
    }
    assert.equal((await fetch(`${server.url}/v2/nothing`)).status, 404);
    assert.equal((await fetch(`${server.baseURL}/chat/completions`)).status, 405);
  } finally {
    await server.close();
  }
});

test("serves n samples with logprobs, stop strings as a string or a list, and usage", async () => {
  const server = await startServer({ model, tokenizer });
  try {
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: "none", maxRetries: 0 });
    const r = await client.chat.completions.create({ model: "swirl-embedded", messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }], n: 3, max_tokens: 6, seed: 5, logprobs: true, stop: "\n" });
    assert.equal(r.choices.length, 3);
    assert.equal(r.model, "swirl-embedded");
    const counted = r.choices.reduce((s, c) => s + (c.logprobs?.content?.length ?? 0), 0);
    assert.equal(r.usage?.completion_tokens, counted);
    assert.ok((r.usage?.prompt_tokens ?? 0) > 0);
    for (const c of r.choices) {
      assert.ok(c.logprobs?.content?.every((t) => typeof t.token === "string" && t.logprob <= 0));
      assert.ok(!c.message.content?.includes("\n"), "the stop string is cut, as OpenAI does");
    }
    // seeded: the same request gives the same samples
    const again = await client.chat.completions.create({ model: "swirl-embedded", messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }], n: 3, max_tokens: 6, seed: 5, stop: ["\n", "."] });
    assert.equal(again.choices.length, 3);
    const first = await client.chat.completions.create({ model: "swirl-embedded", messages: [{ role: "user", content: "Hi" }], max_tokens: 6, seed: 9, temperature: 0.8 });
    const second = await client.chat.completions.create({ model: "swirl-embedded", messages: [{ role: "user", content: "Hi" }], max_tokens: 6, seed: 9, temperature: 0.8 });
    assert.equal(first.choices[0]!.message.content, second.choices[0]!.message.content);
  } finally {
    await server.close();
  }
});

test("turn markers the model writes never reach content, unless skip_special_tokens is false (vLLM's switch)", async () => {
  const server = await startServer({ model, tokenizer });
  try {
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: "none", maxRetries: 0 });
    const ask = (extra: object) => client.chat.completions.create({ model: "swirl-embedded", messages, n: 8, max_tokens: 40, seed: 3, ...extra } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming);
    const raw = (await ask({ skip_special_tokens: false })).choices.map((c) => c.message.content ?? "");
    assert.ok(raw.some((t) => /<\|(bos|user|system|assistant|eos|pad)\|>/.test(t)), "the untrained model writes some (else this test shows nothing)");
    const clean = (await ask({})).choices.map((c) => c.message.content ?? "");
    for (const t of clean) assert.doesNotMatch(t, /<\|(bos|user|system|assistant|eos|pad|end)\|>/);
  } finally {
    await server.close();
  }
});

test("`swirl serve --checkpoint` starts, lists its model and stops on SIGTERM", async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-serve-"));
  try {
    await saveModel(join(dir, "ck"), model, tokenizer);
    const main = join(import.meta.dirname, "../cli/main.js");
    const child = spawn(process.execPath, [main, "serve", "--checkpoint", join(dir, "ck"), "--port", "0", "--token", "t"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    const baseURL = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /at (http:\/\/\S+\/v1)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    assert.match(baseURL, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const res = await fetch(`${baseURL}/models`, { headers: { authorization: "Bearer t" } });
    assert.deepEqual(((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id), ["ck"]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    assert.equal(await exited, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("requests a web page could send are refused with OpenAI-shaped errors: non-JSON bodies 415, foreign Host names 403", async () => {
  const server = await startServer({ model, tokenizer });
  try {
    await assertRefusesWebPages(`${server.baseURL}/chat/completions`, JSON.stringify({ messages, max_tokens: 1 }));
    const r = await rawRequest(`${server.baseURL}/chat/completions`, { method: "POST", contentType: "text/plain", body: "{}" });
    assert.equal((r.json as { error: { type: string } }).error.type, "invalid_request_error");
  } finally {
    await server.close();
  }
});
