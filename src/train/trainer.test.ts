import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainSwirl, DEFAULT_TRAIN, type TrainOptions } from "./trainer.js";
import { qaRuleJudge } from "../synthetic/qa-rule-judge.js";
import { stopStrings, EMBEDDED_QA_TEMPLATE } from "../rollout/prompts.js";
import { sftTrain, batchAt } from "./sft.js";
import { encodeConversation } from "../model/chat.js";
import { conversation } from "../rollout/decompose.js";
import { tinyQa, type TinyQa } from "./test-fixture.js";

describe("the embedded SWiRL trainer", () => {
  let fx: TinyQa;
  before(async () => {
    fx = await tinyQa();
  });
  const opts = (steps: number): TrainOptions => ({ ...DEFAULT_TRAIN, steps, statesPerStep: 2, checkpointEvery: 2, maxActionTokens: 16, lr: 1e-3, warmupSteps: 1, stop: stopStrings(EMBEDDED_QA_TEMPLATE), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 2 } });

  it("writes per-step metrics and resumes an interrupted run to the same weights", async () => {
    const dirA = mkdtempSync(join(tmpdir(), "swirl-train-a-"));
    const dirB = mkdtempSync(join(tmpdir(), "swirl-train-b-"));
    try {
      const judge = qaRuleJudge(fx.env);
      const a = fx.model(4);
      await trainSwirl({ runDir: dirA, model: a, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge }, opts(4));
      const b = fx.model(4);
      await trainSwirl({ runDir: dirB, model: b, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge }, opts(2)); // "killed" after step 2
      const resumed = fx.model(99); // a fresh process: weights come from the checkpoint
      const ms = await trainSwirl({ runDir: dirB, model: resumed, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge }, opts(4));
      assert.deepEqual(ms.map((m) => m.step), [2, 3], "only the remaining steps run");
      const pa = a.namedParameters();
      for (const [name, t] of resumed.namedParameters()) assert.deepEqual(t.data, pa.get(name)!.data, name);
      const lines = readFileSync(join(dirB, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
      assert.deepEqual(lines.map((l) => l.step), [0, 1, 2, 3]);
      for (const key of ["reward", "kl", "loss", "tokens_per_s", "judge_calls", "ms"]) assert.equal(typeof lines[0][key], "number", key);
      assert.ok(Math.abs(lines[0].kl) < 1e-6, "KL is zero at the first step");
    } finally {
      rmSync(dirA, { recursive: true, force: true });
      rmSync(dirB, { recursive: true, force: true });
    }
  });
});

describe("SFT on action tokens", () => {
  it("lowers the loss on teacher demonstrations; batches are reproducible and length-bucketed", async () => {
    const fx = await tinyQa();
    const data = fx.demos.map((d) => encodeConversation(fx.tokenizer, conversation(d), { train: "all-assistant" }));
    const losses: number[] = [];
    sftTrain(fx.model(1), data, { steps: 30, batchSize: 4, lr: 3e-3, padId: fx.tokenizer.pad, onStep: (m) => losses.push(m.loss) });
    assert.ok(losses[29] < losses[0] * 0.7, `${losses[0]} → ${losses[29]}`);
    const lengths = data.map((s) => s.ids.length);
    assert.deepEqual(batchAt(24, 4, 7, 1, lengths), batchAt(24, 4, 7, 1, lengths));
    const epoch = Array.from({ length: 6 }, (_, k) => batchAt(24, 4, k, 1, lengths)).flat();
    assert.deepEqual([...epoch].sort((x, y) => x - y), Array.from({ length: 24 }, (_, i) => i), "one epoch visits every sequence once");
  });
});
