import { test } from "node:test";
import assert from "node:assert/strict";
import { generateMathProblems, readMathMeta } from "./problems.js";
import { calculate } from "../../tools/calculator.js";

const train = generateMathProblems({ split: "train", count: 3000, seed: 3 });
const test_ = generateMathProblems({ split: "test", count: 500, seed: 3 });

test("each reference expression evaluates with the calculator to its recorded result, the last to the gold answer", () => {
  for (const ex of [...train, ...test_]) {
    const m = readMathMeta(ex);
    assert.ok(m.steps >= 2 && m.steps <= 6);
    assert.equal(m.expressions.length, m.steps);
    m.expressions.forEach((e, i) => assert.equal(calculate(e), String(m.results[i]), `${ex.id}: ${e}`));
    assert.equal(ex.answers[0], String(m.results[m.steps - 1]));
    assert.ok(Number(ex.answers[0]) >= 0 && Number.isInteger(Number(ex.answers[0])));
  }
});

test("train and test use disjoint templates, and every step count occurs", () => {
  const tr = new Set(train.map((e) => readMathMeta(e).template));
  const te = new Set(test_.map((e) => readMathMeta(e).template));
  for (const t of te) assert.ok(!tr.has(t));
  assert.deepEqual([...new Set(train.map((e) => readMathMeta(e).steps))].sort(), [2, 3, 4, 5, 6]);
});

test("deterministic for a seed; 100k problems in one call", () => {
  assert.deepEqual(generateMathProblems({ split: "train", count: 50, seed: 3 }), train.slice(0, 50));
  assert.equal(generateMathProblems({ split: "train", count: 100_000, seed: 9 }).length, 100_000);
});

test("held-out problems in the training frames: test split, train templates, never a training question", () => {
  const seen = new Set(train.map((e) => e.question));
  const inDist = generateMathProblems({ split: "test", count: 2000, seed: 3, frames: "train", exclude: seen });
  const trainFrames = new Set(train.map((e) => readMathMeta(e).template));
  assert.equal(inDist.length, 2000);
  assert.ok(inDist.every((e) => trainFrames.has(readMathMeta(e).template) && readMathMeta(e).split === "test" && !seen.has(e.question)));
  assert.deepEqual(inDist.map((e) => e.id).slice(0, 2), ["synthetic-math-test-0", "synthetic-math-test-1"]);
  // an excluded question is skipped and another drawn in its place
  const raw = generateMathProblems({ split: "test", count: 20, seed: 3, frames: "train" });
  const banned = new Set(raw.slice(0, 10).map((e) => e.question));
  const rest = generateMathProblems({ split: "test", count: 20, seed: 3, frames: "train", exclude: banned });
  assert.equal(rest.length, 20);
  assert.ok(rest.every((e) => !banned.has(e.question)));
  assert.deepEqual(rest.slice(0, 10).map((e) => e.question), raw.slice(10).map((e) => e.question));
});
