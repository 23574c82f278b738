import { test } from "node:test";
import assert from "node:assert/strict";
import { processVotes, outcomeVotes, majority } from "./votes.js";
import { cachedProcessJudge, cachedOutcomeJudge } from "./cached.js";
import { LlmProcessJudge } from "./llm-process.js";
import { ruleOutcomeJudge } from "./rule-outcome.js";
import type { ProcessJudge, StepToJudge } from "./judge.js";
import { httpPolicy } from "../policy/http.js";
import { startFakeOpenAI } from "../policy/http-server.fixture.js";
import { JudgeError } from "../errors/judge-error.js";
import { MemoryStore } from "../run/kv.js";
import type { Example, Verdict } from "../types.js";

const example: Example = { id: "m1", dataset: "synthetic-math", kind: "math", question: "3 boxes of 6 eggs: how many eggs?", answers: ["18"] };
const step = (action: string): StepToJudge => ({ example, messages: [{ role: "user", content: example.question }], action });

const fixed = (name: string, label: Verdict["label"] | "error"): ProcessJudge => ({
  name,
  judgeStep: async () => {
    if (label === "error") throw new JudgeError({ judge: name, problem: "unparseable", attempts: 3 });
    return { label, rationale: `${name} says ${label}`, judge: name };
  },
});

test("votes: the majority wins, a tie is BAD, failed votes are left out until quorum is lost", async () => {
  const labels = ["GOOD", "BAD", "GOOD", "GOOD", "BAD"] as const;
  const v = await processVotes({ k: 5, judge: (i) => fixed(`j${i}`, labels[i]!) }).judgeStep(step("x"));
  assert.equal(v.label, "GOOD");
  assert.match(v.rationale, /^3 GOOD \/ 2 BAD/);
  assert.equal(v.judge, "votes5:j0");
  assert.equal((await processVotes({ k: 2, judge: (i) => fixed(`t${i}`, i === 0 ? "GOOD" : "BAD") }).judgeStep(step("x"))).label, "BAD");
  const oneFailed = await processVotes({ k: 3, judge: (i) => fixed(`f${i}`, i === 0 ? "error" : "GOOD") }).judgeStep(step("x"));
  assert.equal(oneFailed.label, "GOOD");
  assert.match(oneFailed.rationale, /1 failed/);
  await assert.rejects(processVotes({ k: 3, judge: (i) => fixed(`q${i}`, i === 2 ? "GOOD" : "error") }).judgeStep(step("x")), (e: unknown) => JudgeError.isInstance(e) && e.problem === "no_quorum");
  assert.equal(majority([], "none").label, "BAD");
});

test("votes over an LLM judge sample each voter with its own seed", async () => {
  const server = await startFakeOpenAI(({ body }) => ({ reply: `seed ${body.seed}\n${Number(body.seed) % 3 === 0 ? "BAD" : "GOOD"}` }));
  try {
    const policy = httpPolicy({ baseURL: server.baseURL, model: "m" });
    const judge = processVotes({ k: 3, judge: (i) => new LlmProcessJudge({ policy, seed: i, temperature: 0.7 }) });
    const v = await judge.judgeStep(step("<math_exp>3*6</math_exp>"));
    assert.equal(server.calls, 3);
    assert.equal(v.label, "GOOD"); // seeds 0, 1, 2 → BAD, GOOD, GOOD
  } finally {
    await server.close();
  }
});

test("a cached judge never pays twice for the same input, even when asked concurrently", async () => {
  const server = await startFakeOpenAI(() => ({ reply: "Computes the total.\nGOOD", delayMs: 10 }));
  try {
    const policy = httpPolicy({ baseURL: server.baseURL, model: "m" });
    const store = new MemoryStore<Verdict>();
    const judge = cachedProcessJudge(new LlmProcessJudge({ policy }), store);
    const a = step("<math_exp>3*6</math_exp>");
    const [v1, v2] = await Promise.all([judge.judgeStep(a), judge.judgeStep(a)]);
    assert.deepEqual(v1, v2);
    assert.equal(server.calls, 1);
    assert.deepEqual(await judge.judgeStep({ ...a, messages: [...a.messages] }), v1); // equal content, new objects
    assert.equal(server.calls, 1);
    assert.deepEqual([judge.hits, judge.misses], [2, 1]);
    await judge.judgeStep(step("<math_exp>3+6</math_exp>"));
    assert.equal(server.calls, 2);
    // a new judge object over the same store (a resumed run) still pays nothing
    await cachedProcessJudge(new LlmProcessJudge({ policy }), store).judgeStep(a);
    assert.equal(server.calls, 2);
    // another seed is another judge: its verdicts are not reused
    await cachedProcessJudge(new LlmProcessJudge({ policy, seed: 1 }), store).judgeStep(a);
    assert.equal(server.calls, 3);
    assert.equal(store.size, 3);
  } finally {
    await server.close();
  }
});

test("errors are not cached: the next call tries again", async () => {
  let calls = 0;
  const flaky: ProcessJudge = {
    name: "flaky",
    judgeStep: async () => {
      if (calls++ === 0) throw new JudgeError({ judge: "flaky", problem: "unparseable", attempts: 1 });
      return { label: "GOOD", rationale: "", judge: "flaky" };
    },
  };
  const judge = cachedProcessJudge(flaky);
  await assert.rejects(judge.judgeStep(step("x")));
  assert.equal((await judge.judgeStep(step("x"))).label, "GOOD");
  assert.equal(calls, 2);
});

test("the rule outcome judge: HotPotQA exact match over all answers for QA, numeric match for math", async () => {
  const rule = cachedOutcomeJudge(ruleOutcomeJudge());
  const qa: Example = { id: "q", dataset: "synthetic-qa", kind: "qa", question: "?", answers: ["Eiffel Tower", "La Tour Eiffel"] };
  assert.equal((await rule.judgeOutcome({ example: qa, answer: "the Eiffel tower." })).label, "GOOD");
  assert.equal((await rule.judgeOutcome({ example: qa, answer: "la tour eiffel" })).label, "GOOD");
  assert.equal((await rule.judgeOutcome({ example: qa, answer: "Eiffel" })).label, "BAD");
  assert.equal((await rule.judgeOutcome({ example, answer: "$18.00" })).label, "GOOD");
  assert.equal((await rule.judgeOutcome({ example, answer: "18 eggs" })).label, "GOOD");
  assert.equal((await rule.judgeOutcome({ example, answer: "17" })).label, "BAD");
  assert.equal((await rule.judgeOutcome({ example, answer: undefined })).label, "BAD");
  const votes = outcomeVotes({ k: 1, judge: () => ruleOutcomeJudge() });
  assert.equal((await votes.judgeOutcome({ example, answer: "18" })).label, "GOOD");
});
