import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreAnswer } from "./score.js";
import type { Example } from "../types.js";

const gsm = (answer: string): Example => ({ id: "g1", dataset: "gsm8k", kind: "math", question: "How many?", answers: [answer] });
const synth = (answer: string): Example => ({ id: "m1", dataset: "synthetic-math", kind: "math", question: "How many?", answers: [answer] });

test("GSM8K counts by its official rule; the tolerant numeric match is reported beside it", () => {
  // [model answer, gold, official, tolerant]
  const cases: [string, string, number, number][] = [
    ["18", "18", 1, 1], ["1,000", "1000", 1, 1], ["18.0", "18", 0, 1], ["$18", "18", 0, 1], ["18 dollars", "18", 1, 1],
    ["17", "18", 0, 0], ["-3", "-3", 1, 1], ["0.50", "0.5", 0, 1],
  ];
  for (const [answer, gold, official, tolerant] of cases) {
    const s = scoreAnswer(gsm(gold), answer);
    assert.deepEqual([s.correct, s.em, s.numeric], [official, official, tolerant], `${answer} vs ${gold}`);
  }
  assert.deepEqual(scoreAnswer(gsm("18"), undefined), { correct: 0, em: 0, f1: 0, numeric: 0 });
});

test("synthetic math counts by the tolerant numeric match", () => {
  const s = scoreAnswer(synth("18"), "18.00");
  assert.deepEqual([s.correct, s.em, s.numeric], [1, 1, 1]);
});
