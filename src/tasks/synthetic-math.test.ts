import { test } from "node:test";
import assert from "node:assert/strict";
import { generateMathProblems, readMathMeta } from "./synthetic-math.js";
import { calculate } from "../tools/calculator.js";

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

test("deterministic for a seed and fast", () => {
  assert.deepEqual(generateMathProblems({ split: "train", count: 50, seed: 3 }), train.slice(0, 50));
  const t0 = performance.now();
  assert.equal(generateMathProblems({ split: "train", count: 100_000, seed: 9 }).length, 100_000);
  assert.ok(performance.now() - t0 < 10_000);
});
