import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { actionWeights, prefixBatch } from "./prefix-batch.js";

const ints = (xs: number[]): Int32Array => Int32Array.from(xs);

describe("prefix batch", () => {
  it("lays out each prompt once and its actions as branches at the positions after the prompt", () => {
    const PAD = 0;
    const b = prefixBatch([
      { prompt: ints([1, 2, 3]), actions: [ints([7, 8]), ints([9])] },
      { prompt: ints([4]), actions: [ints([5, 6])] },
    ], PAD, 16);
    // row 0: prompt but its last token | 3 7 (predicting 7 8) | 3 (predicting 9)
    // row 1: nothing of the prompt but its last token | 4 5 (predicting 5 6), padding
    assert.equal(b.B, 2);
    assert.equal(b.T, 5);
    assert.deepEqual([...b.ids], [1, 2, 3, 7, 3, /* row 1 */ 4, 5, PAD, PAD, PAD]);
    assert.deepEqual([...b.targets], [-1, -1, 7, 8, 9, /* row 1 */ 5, 6, -1, -1, -1]);
    assert.deepEqual([...b.layout.positions], [0, 1, 2, 3, 2, /* row 1 */ 0, 1, 2, 3, 4]);
    assert.deepEqual([...b.actionAt], [-1, -1, 0, 0, 1, /* row 1 */ 2, 2, -1, -1, -1]);
    assert.deepEqual(b.actionLengths, [2, 1, 2]);
    // the second branch of row 0 (index 4) hides the first branch's keys [2, 4); nothing else is hidden
    const hidden = [...b.layout.mask.from].map((f, i) => [f, b.layout.mask.to[i]!]);
    assert.deepEqual(hidden.map(([f, t]) => Math.max(0, t! - f!)), [0, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    assert.deepEqual(hidden[4], [2, 4]);
    assert.deepEqual([...actionWeights(b, [0.5, -1, 2])], [0, 0, 0.5, 0.5, -1, 2, 2, 0, 0, 0]);
  });

  it("clips an action so that prompt and action fit the context, as one sequence would be", () => {
    const b = prefixBatch([{ prompt: ints([1, 2, 3]), actions: [ints([4, 5, 6, 7]), ints([8])] }], 0, 5);
    // 3 prompt tokens + at most 3 action tokens = context + 1
    assert.deepEqual(b.actionLengths, [3, 1]);
    assert.ok(Math.max(...b.layout.positions) < 5);
    assert.throws(() => prefixBatch([{ prompt: ints([1, 2, 3, 4, 5, 6]), actions: [] }], 0, 5), /exceeds the context of 5/);
  });
});
