import { test } from "node:test";
import assert from "node:assert/strict";
import { LlmProcessJudge } from "./llm-process.js";
import { LlmOutcomeJudge } from "./llm-outcome.js";
import { outcomeJudgeMessages, parseOutcomeLabel, parseProcessLabel, processJudgeMessages } from "./prompts.js";
import { hideAnswers, type StepToJudge } from "./judge.js";
import { httpPolicy } from "../policy/http.js";
import { startFakeOpenAI, type FakeRequest } from "../policy/http-server.fixture.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { JudgeError } from "../errors/judge-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
import { Tokenizer } from "../model/tokenizer.js";
import type { Example } from "../types.js";

const example: Example = { id: "e1", dataset: "synthetic-qa", kind: "qa", question: "Where was the founder of Acme born?", answers: ["Lisbon", "Lisboa"] };
const step: StepToJudge = {
  example: hideAnswers(example),
  messages: [
    { role: "system", content: "Answer by searching." },
    { role: "user", content: `Question: ${example.question}` },
    { role: "assistant", content: "<search_query>Acme founder</search_query>" },
    { role: "user", content: "Acme founder -> Acme was founded by Ana Reis." },
  ],
  action: "Ana Reis founded it. <search_query>Ana Reis birthplace</search_query>",
};

/** A fake judge model: replies[i] answers the i-th call. */
async function judgeServer(reply: (r: FakeRequest) => string) {
  const server = await startFakeOpenAI((r) => ({ reply: reply(r) }));
  return { server, policy: httpPolicy({ baseURL: server.baseURL, model: "judge-model", baseDelayMs: 1, stage: "judge" }) };
}

test("the last label in a reply counts; labels must be whole upper-case words", () => {
  assert.equal(parseProcessLabel("Looks GOOD at first, but the result does not support it.\nBAD"), "BAD");
  assert.equal(parseProcessLabel("BAD? No.\n**GOOD**"), "GOOD");
  assert.equal(parseProcessLabel("this is good"), undefined);
  assert.equal(parseProcessLabel("GOODNESS me"), undefined);
  assert.equal(parseOutcomeLabel("NO wait, they match.\nYES"), "YES");
  assert.equal(parseOutcomeLabel("KNOWN"), undefined);
});

test("the process prompt shows the question, the context and the step, never the answer key", () => {
  const text = processJudgeMessages(step).map((m) => m.content).join("\n");
  assert.ok(text.includes(example.question));
  assert.ok(text.includes(step.action));
  assert.ok(text.includes("Acme was founded by Ana Reis."));
  assert.ok(!text.includes("Lisbon"));
  assert.match(text, /ONLY the last assistant message/);
  const outcome = outcomeJudgeMessages({ example: { ...example, kind: "math", answers: ["18"] }, answer: "$18.00" }).map((m) => m.content).join("\n");
  assert.match(outcome, /Answer key: 18/);
  assert.match(outcome, /compare the numbers/);
});

test("an unparseable verdict is retried with another seed, then the label is read", async () => {
  const seeds: unknown[] = [];
  const temps: unknown[] = [];
  const { server, policy } = await judgeServer(({ body, index }) => {
    seeds.push(body.seed);
    temps.push(body.temperature);
    return index === 0 ? "Hard to say." : "The query asks for the next hop, so it helps.\nGOOD";
  });
  try {
    const judge = new LlmProcessJudge({ policy, seed: 10 });
    const v = await judge.judgeStep(step);
    assert.deepEqual(v, { label: "GOOD", rationale: "The query asks for the next hop, so it helps.\nGOOD", judge: "llm:http:judge-model" });
    assert.equal(server.calls, 2);
    assert.deepEqual(seeds, [10, 11]);
    assert.deepEqual(temps, [0, 0.7]); // greedy would repeat itself under a new seed
    assert.equal(policy.usage().judge!.requests, 2);
  } finally {
    await server.close();
  }
});

test("replies that never hold a label end in a JudgeError carrying them; a failed call does too", async () => {
  const { server, policy } = await judgeServer(({ index }) => `no idea ${index}`);
  try {
    await assert.rejects(new LlmProcessJudge({ policy, attempts: 3 }).judgeStep(step), (e: unknown) => {
      assert.ok(JudgeError.isInstance(e));
      assert.equal(e.problem, "unparseable");
      assert.equal(e.attempts, 3);
      assert.deepEqual(e.replies, ["no idea 0", "no idea 1", "no idea 2"]);
      return true;
    });
    assert.equal(server.calls, 3);
  } finally {
    await server.close();
  }
  const failing = await startFakeOpenAI(() => ({ status: 401 }));
  try {
    const policy = httpPolicy({ baseURL: failing.baseURL, model: "m" });
    await assert.rejects(new LlmOutcomeJudge({ policy }).judgeOutcome({ example, answer: "Lisbon" }), (e: unknown) => {
      assert.ok(JudgeError.isInstance(e) && e.problem === "call_failed");
      assert.ok(PolicyRequestError.isInstance(e.cause));
      return true;
    });
  } finally {
    await failing.close();
  }
  // the count of attempts includes the backend's retries: it matches the attempt the message quotes
  const busy = await startFakeOpenAI(() => ({ status: 503 }));
  try {
    const policy = httpPolicy({ baseURL: busy.baseURL, model: "m", retries: 1, baseDelayMs: 1, random: () => 0.5 });
    await assert.rejects(new LlmOutcomeJudge({ policy }).judgeOutcome({ example, answer: "Lisbon" }), (e: unknown) => {
      assert.ok(JudgeError.isInstance(e));
      assert.equal(e.attempts, 2);
      assert.match(e.message, /after 2 attempt\(s\): policy \S+ attempt 2 /);
      return true;
    });
    assert.equal(busy.calls, 2);
  } finally {
    await busy.close();
  }
});

test("the outcome judge maps YES/NO to GOOD/BAD and never calls the model for a missing answer", async () => {
  const { server, policy } = await judgeServer(({ body }) => (body.messages!.at(-1)!.content.includes("Answer to check: Lisboa") ? "Same city.\nYES" : "Different.\nNO"));
  try {
    const judge = new LlmOutcomeJudge({ policy });
    assert.equal((await judge.judgeOutcome({ example, answer: "Lisboa" })).label, "GOOD");
    assert.equal((await judge.judgeOutcome({ example, answer: "Porto" })).label, "BAD");
    assert.equal((await judge.judgeOutcome({ example, answer: undefined })).label, "BAD");
    assert.equal(server.calls, 2);
  } finally {
    await server.close();
  }
});

test("an LLM judge runs over the embedded model too (an untrained one cannot label, so it errors)", async () => {
  const tokenizer = Tokenizer.byteLevel();
  const model = new Model(presetConfig("tiny", tokenizer.vocabSize, { contextLength: 2048 }), 2);
  const judge = new LlmProcessJudge({ policy: new EmbeddedPolicy(model, tokenizer), maxTokens: 3, attempts: 2 });
  await assert.rejects(judge.judgeStep(step), (e: unknown) => JudgeError.isInstance(e) && e.problem === "unparseable" && e.replies.length === 2);
});
