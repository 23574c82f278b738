import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { encodeConversation } from "../model/chat.js";
import { conversation } from "../rollout/decompose.js";
import { sftTrain, type SftStepMetrics } from "./sft.js";
import { tinyQa } from "./training.fixture.js";
import type { Sequence } from "./batch.js";

const maxDiff = (a: Float32Array, b: Float32Array): number => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

describe("data-parallel SFT (worker threads)", () => {
  it("trains as one thread would on the whole batch, and reproducibly", async () => {
    const fx = await tinyQa();
    const data = fx.demos.map((d) => encodeConversation(fx.tokenizer, conversation(d), { train: "all-assistant" }));
    const run = (workers: number) => {
      const model = fx.model(1);
      const steps: SftStepMetrics[] = [];
      sftTrain(model, data, { steps: 6, batchSize: 6, lr: 3e-3, padId: fx.tokenizer.pad, seed: 2, workers, onStep: (m) => steps.push(m) });
      return { weights: model.parameters().map((p) => p.data), steps };
    };
    const one = run(1);
    const two = run(2);
    assert.equal(two.steps.length, 6);
    // the summed shares are the whole batch's gradient: same loss and update, up to float rounding
    two.steps.forEach((m, i) => assert.ok(Math.abs(m["loss/total"] - one.steps[i]!["loss/total"]) < 1e-4, `step ${i}: ${m["loss/total"]} vs ${one.steps[i]!["loss/total"]}`));
    assert.ok(Math.abs(two.steps[0]!["optim/grad_norm"] - one.steps[0]!["optim/grad_norm"]) < 1e-4);
    one.weights.forEach((w, i) => assert.ok(maxDiff(w, two.weights[i]!) < 1e-4, `parameter ${i}`));
    assert.ok(two.steps.every((m) => m["perf/tokens"] > 0));
    const again = run(2);
    again.weights.forEach((w, i) => assert.deepEqual(w, two.weights[i]!, `parameter ${i} differs between two 2-worker runs`));
  });

  it("stops every rank and reports the worker's error when a worker fails", async () => {
    const fx = await tinyQa();
    const good = encodeConversation(fx.tokenizer, conversation(fx.demos[0]!), { train: "all-assistant" });
    // batches are sorted by length and dealt out in turn: the longer sequence goes to rank 1
    const ids = Int32Array.from([...good.ids, ...good.ids.slice(1, 4)]);
    ids[ids.length - 2] = fx.tokenizer.vocabSize + 5;
    const bad: Sequence = { ids, lossMask: Uint8Array.from([...good.lossMask, 1, 1, 1]) };
    assert.throws(
      () => sftTrain(fx.model(1), [good, bad], { steps: 3, batchSize: 2, lr: 1e-3, padId: fx.tokenizer.pad, workers: 2 }),
      /rank 1 failed: .*token id \d+ outside vocabulary/s,
    );
  });
});
