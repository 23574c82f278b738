import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildQaEnv } from "./qa/env.js";
import { buildMathEnv } from "./math/env.js";
import { qaRuleJudge } from "./qa/rule-judge.js";
import { mathRuleJudge } from "./math/rule-judge.js";
import { qaDemonstrations, mathDemonstrations } from "../pretrain/demonstrations.js";
import { decompose, conversation } from "../rollout/decompose.js";
import { hideAnswers } from "../judge/judge.js";
import { readMathMeta } from "./math/problems.js";
import { readQaMeta } from "./qa/questions.js";
import { scoreAnswer } from "../eval/score.js";
import { answerAction, searchAction } from "./qa/teacher.js";
import type { Message } from "../types.js";

const env = buildQaEnv({ seed: 3, train: 120, test: 10, world: { persons: 150, works: 60, organisations: 40, cities: 30, countries: 8 } });
const judge = qaRuleJudge(env);
const ex = env.train.find((e) => !readQaMeta(e).comparison && readQaMeta(e).hops === 2)!;
const meta = readQaMeta(ex);
const view = hideAnswers(ex);

async function resultOf(query: string): Promise<Message> {
  return { role: "user", content: `${query} -> ${await env.search.run(query)}` };
}

describe("synthetic QA rule judge (never reads the answer key)", () => {
  it("labels the clean chain GOOD and each kind of mistake BAD", async () => {
    const q: Message = { role: "user", content: `Question: ${ex.question}` };
    const [first, second] = meta.chain;
    const s1 = searchAction(first.relation, first.subject);
    assert.equal((await judge.judgeStep({ example: view, messages: [q], action: s1 })).label, "GOOD");
    assert.equal((await judge.judgeStep({ example: view, messages: [q], action: searchAction(first.relation, second.subject) })).label, "BAD", "an entity not known yet");
    assert.equal((await judge.judgeStep({ example: view, messages: [q], action: answerAction(second.object) })).label, "BAD", "an answer with no evidence");
    const ctx1 = [q, { role: "assistant" as const, content: s1 }, await resultOf(first.subject)];
    assert.equal((await judge.judgeStep({ example: view, messages: ctx1, action: s1 })).label, "BAD", "a repeated query");
    const s2 = searchAction(second.relation, second.subject);
    assert.equal((await judge.judgeStep({ example: view, messages: ctx1, action: s2 })).label, "GOOD");
    const ctx2 = [...ctx1, { role: "assistant" as const, content: s2 }, await resultOf(second.subject)];
    assert.equal((await judge.judgeStep({ example: view, messages: ctx2, action: answerAction(second.object) })).label, "GOOD");
    assert.equal((await judge.judgeStep({ example: view, messages: ctx2, action: answerAction(first.subject) })).label, "BAD");
    assert.equal((await judge.judgeStep({ example: view, messages: ctx2, action: "no markup" })).label, "BAD");
    const extra = await judge.judgeStep({ example: view, messages: ctx2, action: searchAction(second.relation, second.object) });
    assert.deepEqual([extra.label, extra.rationale], ["BAD", "every article the question needs is retrieved; it should answer"], "a search once the evidence is in");
  });

  it("agrees with the teacher: clean demonstrations are all GOOD and correct; mistakes are caught", async () => {
    const demos = await qaDemonstrations(env, { mistakeRate: 0.5 }, 1);
    let clean = 0;
    for (const d of demos) {
      const example = env.train.find((e) => e.id === d.exampleId)!;
      const labels = await Promise.all(decompose(d).map((s) => judge.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action })));
      const allGood = labels.every((v) => v.label === "GOOD");
      if (allGood) {
        clean++;
        assert.equal(scoreAnswer(example, d.answer).correct, 1, JSON.stringify(conversation(d)));
      }
    }
    assert.ok(clean > demos.length * 0.3 && clean < demos.length * 0.8, `${clean} of ${demos.length} all-GOOD at a 50% mistake rate`);
  });

  it("the stop-short habit answers three-hop questions with the second hop's entity, and the judge calls that BAD", async () => {
    // three hops only: no comparison questions (they are two-hop)
    const env3 = buildQaEnv({ seed: 3, train: 60, test: 5, hops: [3], world: { persons: 150, works: 60, organisations: 40, cities: 30, countries: 8 } });
    const judge3 = qaRuleJudge(env3);
    const always = await qaDemonstrations(env3, { mistakeRate: 0, stopShortRate: 1 }, 1);
    const never = await qaDemonstrations(env3, { mistakeRate: 0, stopShortRate: 0 }, 1);
    assert.equal(always.length, 60);
    for (const d of always) {
      const example = env3.train.find((e) => e.id === d.exampleId)!;
      const m = readQaMeta(example);
      assert.equal(d.steps.length, 3, "two searches, then the answer");
      assert.equal(d.answer, m.chain[1].object);
      const last = decompose(d).at(-1)!;
      assert.equal((await judge3.judgeStep({ example: hideAnswers(example), messages: last.messages, action: last.action })).label, "BAD");
    }
    for (const d of never) assert.equal(scoreAnswer(env3.train.find((e) => e.id === d.exampleId)!, d.answer).correct, 1);
    const some = await qaDemonstrations(env3, { mistakeRate: 0, stopShortRate: 0.5 }, 1);
    const short = some.filter((d) => d.steps.length === 3).length;
    assert.ok(short > some.length * 0.3 && short < some.length * 0.7, `${short} of ${some.length} stop short at 0.5`);
  });
});

describe("synthetic math rule judge", () => {
  it("labels the reference solution GOOD and a slip, a skipped number and an early answer BAD", async () => {
    const menv = buildMathEnv({ seed: 2, train: 30, test: 5 });
    const j = mathRuleJudge();
    const demos = await mathDemonstrations(menv, { mistakeRate: 0 }, 1);
    for (const d of demos) {
      const example = menv.train.find((e) => e.id === d.exampleId)!;
      for (const s of decompose(d)) assert.equal((await j.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action })).label, "GOOD", s.action);
      assert.equal(scoreAnswer(example, d.answer).correct, 1);
    }
    const d = demos.find((x) => x.steps.length >= 3)!;
    const example = menv.train.find((e) => e.id === d.exampleId)!;
    const [s0, s1] = decompose(d);
    const first = (d.steps[0].action as { input: string }).input;
    const nums = first.match(/\d+/g)!;
    const slip = first.replace(new RegExp(`${nums[nums.length - 1]}$`), String(Number(nums[nums.length - 1]) + 7));
    assert.equal((await j.judgeStep({ example: hideAnswers(example), messages: s0.messages, action: `<math_exp>${slip}</math_exp>` })).label, "BAD");
    const latest = d.steps[0].toolResult!.split(" -> ")[1];
    assert.equal((await j.judgeStep({ example: hideAnswers(example), messages: s1.messages, action: `<answer>${latest}</answer>` })).label, "BAD");
  });

  it("the stop-short habit answers long problems one calculation early, and the judge calls that BAD", async () => {
    const menv = buildMathEnv({ seed: 4, train: 40, test: 1, steps: [3, 4] });
    const j = mathRuleJudge();
    const always = await mathDemonstrations(menv, { mistakeRate: 0, stopShortRate: 1 }, 1);
    for (const d of always) {
      const example = menv.train.find((e) => e.id === d.exampleId)!;
      const meta = readMathMeta(example);
      assert.equal(d.steps.length, meta.expressions.length, "every calculation but the last, then the answer");
      assert.equal(Number(d.answer), meta.results.at(-2), "the value before the last calculation");
      const last = decompose(d).at(-1)!;
      assert.equal((await j.judgeStep({ example: hideAnswers(example), messages: last.messages, action: last.action })).label, "BAD");
    }
    // short problems keep their full solution
    const senv = buildMathEnv({ seed: 4, train: 20, test: 1, steps: [2] });
    for (const d of await mathDemonstrations(senv, { mistakeRate: 0, stopShortRate: 1 }, 1)) {
      assert.equal(scoreAnswer(senv.train.find((e) => e.id === d.exampleId)!, d.answer).correct, 1);
    }
  });

  it("with quoted clauses, each calculation follows the sentence it computes, and the judge still agrees", async () => {
    const menv = buildMathEnv({ seed: 3, train: 30, test: 1 });
    const j = mathRuleJudge();
    const demos = await mathDemonstrations(menv, { mistakeRate: 0, quoteClause: true }, 1);
    for (const d of demos) {
      const example = menv.train.find((e) => e.id === d.exampleId)!;
      const sentences = example.question.split(/(?<=[.?])\s+/);
      for (const s of decompose(d)) {
        assert.equal((await j.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action })).label, "GOOD", s.action);
        const calc = s.action.match(/^(.*) <math_exp>(.*)<\/math_exp>$/);
        if (calc === null) {
          assert.match(s.action, /^<answer>/);
          continue;
        }
        const [, clause, expr] = calc;
        const at = sentences.indexOf(clause);
        assert.ok(at >= 1, `"${clause}" is a sentence of the problem after the first`);
        // the sentence's own number is an operand (percent: 25% of it; groups: g × m, then added)
        const own = clause.match(/\d+/)![0];
        assert.ok(expr.includes(own) || s.messages.at(-1)!.content.endsWith(`-> ${expr.split(" ")[2]}`), `${expr} uses ${own} or the value just computed`);
      }
      assert.equal(scoreAnswer(example, d.answer).correct, 1);
    }
  });
});
