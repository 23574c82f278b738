/**
 * A real `swirl serve` child process driven by the official `openai` client and the Vercel AI
 * SDK: plain and streamed text, usage, tool calls and their results, unknown models. The model
 * has learnt its replies by heart (test-model.fixture.ts) and decodes greedily, so answers are exact.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { generateText, stepCountIs, streamText, tool } from "ai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { z } from "zod";
import { readFile } from "node:fs/promises";
import { calculate, calculatorTool } from "../tools/calculator.js";
import { httpPolicy } from "../policy/http.js";
import { generate } from "../stages/generate.js";
import { judge } from "../stages/judge.js";
import { filter } from "../stages/filter.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";
import { exportStateSet } from "../export/export.js";
import { parseTrajectory, readJsonlRecords } from "../run/records.js";
import { ANSWER, GREETING, HELLO, QUESTION, saveMemorisedModel } from "./test-model.fixture.js";

let dir = "";
let child: ChildProcess | undefined;
let baseURL = "";
const MODEL = "ck";

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "swirl-clients-"));
  await saveMemorisedModel(join(dir, MODEL));
  const main = join(import.meta.dirname, "../cli/main.js");
  const c = spawn(process.execPath, [main, "serve", "--checkpoint", join(dir, MODEL), "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  child = c;
  let out = "";
  let err = "";
  c.stderr!.on("data", (b: Buffer) => (err += b.toString()));
  baseURL = await new Promise<string>((resolve, reject) => {
    c.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/\S+\/v1)/.exec(out);
      if (m) resolve(m[1]!);
    });
    c.once("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
});

after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
});

const calculatorFunction = {
  type: "function" as const,
  function: { name: "calculator", description: "Evaluates arithmetic.", parameters: { type: "object", properties: { expression: { type: "string" } }, required: ["expression"] } },
};
const openai = () => new OpenAI({ baseURL, apiKey: "none", maxRetries: 0 });

test("openai: a plain reply, then the same reply streamed with a usage chunk", async () => {
  const client = openai();
  const plain = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: GREETING }], temperature: 0 });
  assert.equal(plain.choices[0]!.message.content, HELLO);
  assert.equal(plain.choices[0]!.finish_reason, "stop");
  const stream = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: GREETING }], temperature: 0, stream: true, stream_options: { include_usage: true } });
  const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
  for await (const c of stream) chunks.push(c);
  assert.ok(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0]!.id));
  assert.equal(chunks[0]!.choices[0]!.delta.role, "assistant");
  const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
  assert.equal(text, HELLO);
  assert.ok(chunks.filter((c) => c.choices[0]?.delta.content).length > 1, "one chunk per token");
  const finishes = chunks.map((c) => c.choices[0]?.finish_reason).filter(Boolean);
  assert.deepEqual(finishes, ["stop"]);
  const last = chunks.at(-1)!;
  assert.deepEqual(last.choices, []);
  assert.deepEqual(last.usage, plain.usage);
  // the client's stream helper assembles the same message
  const helper = await client.chat.completions.stream({ model: MODEL, messages: [{ role: "user", content: GREETING }], temperature: 0 }).finalChatCompletion();
  assert.equal(helper.choices[0]!.message.content, HELLO);
});

test("openai: tools offered → tool_calls; the tool's result sent back → the answer, plain and streamed", async () => {
  const client = openai();
  const first = await client.chat.completions.create({ model: MODEL, messages: [{ role: "user", content: QUESTION }], tools: [calculatorFunction], temperature: 0 });
  const choice = first.choices[0]!;
  assert.equal(choice.finish_reason, "tool_calls");
  assert.equal(choice.message.content, null);
  const call = choice.message.tool_calls![0]!;
  assert.equal(call.type, "function");
  assert.ok(call.type === "function" && call.function.name === "calculator");
  assert.deepEqual(JSON.parse(call.function.arguments), { expression: "2 + 3" });
  const history = [{ role: "user" as const, content: QUESTION }, choice.message, { role: "tool" as const, tool_call_id: call.id, content: "5" }];
  const second = await client.chat.completions.create({ model: MODEL, messages: history, tools: [calculatorFunction], temperature: 0 });
  assert.equal(second.choices[0]!.message.content, "5");
  assert.equal(second.choices[0]!.finish_reason, "stop");
  assert.equal((second.choices[0]!.message as unknown as { reasoning_content: string }).reasoning_content, ANSWER.split(" <")[0]);
  // streamed: the helper assembles the tool call from its deltas
  const streamed = await client.chat.completions.stream({ model: MODEL, messages: [{ role: "user", content: QUESTION }], tools: [calculatorFunction], temperature: 0 }).finalChatCompletion();
  const sc = streamed.choices[0]!;
  assert.equal(sc.finish_reason, "tool_calls");
  assert.ok(sc.message.tool_calls?.[0]?.type === "function");
  assert.equal(sc.message.tool_calls[0].function.name, "calculator");
  assert.deepEqual(JSON.parse(sc.message.tool_calls[0].function.arguments), { expression: "2 + 3" });
});

test("openai: an unknown model is 404 model_not_found; GET /models/{id} knows the served one", async () => {
  const client = openai();
  await assert.rejects(client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: GREETING }] }), (e: unknown) => e instanceof OpenAI.NotFoundError && e.code === "model_not_found");
  assert.equal((await client.models.retrieve(MODEL)).id, MODEL);
  await assert.rejects(client.models.retrieve("nope"), (e: unknown) => e instanceof OpenAI.NotFoundError && e.code === "model_not_found");
});

test("AI SDK: generateText and streamText, with text, usage and a calculator tool run over two steps", async () => {
  const provider = createOpenAICompatible({ name: "swirl", baseURL, includeUsage: true });
  const model = provider(MODEL);
  const plain = await generateText({ model, prompt: GREETING, temperature: 0 });
  assert.equal(plain.text, HELLO);
  const streamed = streamText({ model, prompt: GREETING, temperature: 0 });
  let text = "";
  for await (const t of streamed.textStream) text += t;
  assert.equal(text, HELLO);
  const usage = await streamed.usage;
  assert.equal(usage.inputTokens, plain.usage.inputTokens);
  assert.equal(usage.outputTokens, plain.usage.outputTokens);
  const calculator = tool({ description: "Evaluates arithmetic.", inputSchema: z.object({ expression: z.string() }), execute: ({ expression }) => Promise.resolve(calculate(expression)) });
  for (const run of [
    () => generateText({ model, prompt: QUESTION, tools: { calculator }, stopWhen: stepCountIs(3), temperature: 0 }),
    async () => {
      const s = streamText({ model, prompt: QUESTION, tools: { calculator }, stopWhen: stepCountIs(3), temperature: 0 });
      return { text: await s.text, steps: await s.steps };
    },
  ]) {
    const r = await run();
    assert.equal(r.text, "5");
    assert.equal(r.steps.length, 2);
    assert.deepEqual(r.steps[0]!.toolCalls.map((c) => [c.toolName, c.input]), [["calculator", { expression: "2 + 3" }]]);
    assert.deepEqual(r.steps[0]!.toolResults.map((c) => c.output), ["5"]);
  }
});

test("swirl generate in the native format against swirl serve: tools offered as functions, tool_calls run, states exported as the agent's messages", async () => {
  const runDir = join(dir, "native-run");
  const policy = httpPolicy({ endpoints: [baseURL], model: MODEL });
  const example = { id: "q", dataset: "memorised", kind: "math" as const, question: QUESTION, answers: ["5"] };
  const template = { kind: "math" as const, system: "", user: "{question}", toolTags: ["math_exp"], maxToolCalls: 10 };
  const calc = calculatorTool();
  const options = { runDir, policy, examples: [example], tools: new Map([[calc.tag, calc]]), template, samples: 1, temperature: 0, format: "native" as const };
  const r = await generate(options);
  assert.equal(r.generated, 1);
  const [t] = readJsonlRecords(join(runDir, "trajectories.jsonl"), parseTrajectory);
  assert.equal(t!.format, "native");
  // the calculator takes one string: offered with one `expression` argument
  assert.deepEqual(t!.tools, [{ type: "function", function: { name: "calculator", ...(calc.description ? { description: calc.description } : {}), parameters: calculatorFunction.function.parameters } }]);
  assert.deepEqual(t!.steps.map((s) => s.text), ["Use the calculator. <math_exp>2 + 3</math_exp>", "5"]);
  assert.equal(t!.steps[0]!.toolResult, "2 + 3 -> 5");
  assert.deepEqual({ ...t!.steps[0]!.call, id: "" }, { id: "", name: "calculator", arguments: '{"expression":"2 + 3"}', output: "5" });
  assert.deepEqual([t!.stop, t!.answer], ["answered", "5"]);

  // a resumed run asks the model nothing
  const again = await generate(options);
  assert.deepEqual([again.generated, again.counts.requests], [0, 0]);

  await judge({ runDir, examples: [example], outcomeJudge: ruleOutcomeJudge() });
  await filter({ runDir, filters: ["outcome"] });
  const out = await exportStateSet({ runDir, filter: "outcome", formats: ["trl"] });
  const rows = (await readFile(out.files[0]!, "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { prompt: { role: string; tool_calls?: unknown[] }[]; tools: unknown[] });
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[1]!.prompt.map((m) => m.role), ["user", "assistant", "tool"]);
  assert.equal(rows[1]!.prompt[1]!.tool_calls?.length, 1);
  assert.deepEqual(rows[0]!.tools, t!.tools);
  await policy.close();
});
