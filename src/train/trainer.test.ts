import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainSwirl, DEFAULT_TRAIN, type TrainOptions } from "./trainer.js";
import { qaRuleJudge } from "../synthetic/qa/rule-judge.js";
import { stopStrings, EMBEDDED_QA_TEMPLATE } from "../rollout/prompts.js";
import { sftTrain } from "./sft.js";
import { batchAt } from "./batch.js";
import { encodeConversation } from "../model/chat.js";
import { conversation } from "../rollout/decompose.js";
import { tinyQa, type TinyQa } from "./training.fixture.js";
import { curriculum } from "../pretrain/base-policy.js";

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
      const killed = new Error("killed");
      // stops the run after its second update, whose checkpoint is saved before onStep
      const stop = (m: { step: number }) => { if (m.step === 1) throw killed; };
      await assert.rejects(trainSwirl({ runDir: dirB, model: b, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge, onStep: stop }, opts(4)), /killed/);
      const resumed = fx.model(99); // a fresh process: weights come from the checkpoint
      const ms = await trainSwirl({ runDir: dirB, model: resumed, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge }, opts(4));
      assert.deepEqual(ms.map((m) => m.step), [2, 3], "only the remaining steps run");
      const pa = a.namedParameters();
      for (const [name, t] of resumed.namedParameters()) assert.deepEqual(t.data, pa.get(name)!.data, name);
      const lines = readFileSync(join(dirB, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
      assert.deepEqual(lines.map((l) => l.step), [0, 1, 2, 3]);
      const keys = ["step", "reward/mean", "reward/all_equal", "kl/mean", "loss/total", "loss/pg", "optim/lr", "optim/grad_norm", "perf/tokens_per_s", "perf/ms", "judge/calls"];
      assert.deepEqual(Object.keys(lines[0]!).sort(), [...keys].sort(), "one naming for every metric");
      for (const key of keys) assert.equal(typeof lines[0]![key], "number", key);
      assert.ok(lines.every((l) => l["reward/all_equal"]! >= 0 && l["reward/all_equal"]! <= 1));
      assert.ok(Math.abs(lines[0]!["kl/mean"]!) < 1e-6, "KL is zero at the first step");
    } finally {
      rmSync(dirA, { recursive: true, force: true });
      rmSync(dirB, { recursive: true, force: true });
    }
  });
});

describe("training resume", () => {
  it("refuses a changed config naming the field, allows a new save interval, and never starts over on an incomplete checkpoint", async () => {
    const fx = await tinyQa();
    const dir = mkdtempSync(join(tmpdir(), "swirl-train-c-"));
    const opts = (o: Partial<TrainOptions> = {}): TrainOptions => ({ ...DEFAULT_TRAIN, steps: 3, statesPerStep: 2, checkpointEvery: 1, maxActionTokens: 8, stop: stopStrings(EMBEDDED_QA_TEMPLATE), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 2 }, ...o });
    const inputs = { runDir: dir, tokenizer: fx.tokenizer, states: fx.states, examples: fx.examples, judge: qaRuleJudge(fx.env), record: { filter: "none" } };
    try {
      const stop = (m: { step: number }) => { if (m.step === 1) throw new Error("killed"); };
      await assert.rejects(trainSwirl({ ...inputs, model: fx.model(1), onStep: stop }, opts()), /killed/);
      await assert.rejects(trainSwirl({ ...inputs, model: fx.model(1) }, opts({ objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 2, klWeight: 0.5 } })), /objective\.klWeight was 0\.05, now 0\.5/);
      await assert.rejects(trainSwirl({ ...inputs, model: fx.model(1), record: { filter: "process" } }, opts()), /filter was "none", now "process"/);
      // a kill between the two renames of a save, with the new checkpoint unfinished: nothing complete is left
      const ck = join(dir, "checkpoints");
      renameSync(join(ck, "latest"), join(ck, "latest.old-x"));
      rmSync(join(ck, "latest.old-x", "manifest.json"));
      await assert.rejects(trainSwirl({ ...inputs, model: fx.model(1) }, opts()), /no complete checkpoint to resume from.*latest\.old-x/);
      assert.equal(readFileSync(join(dir, "metrics.jsonl"), "utf8").trim().split("\n").length, 2, "the metrics log is kept");
      rmSync(join(ck, "latest.old-x"), { recursive: true });
      // with no checkpoint at all the run starts over; the save interval may change
      const ms = await trainSwirl({ ...inputs, model: fx.model(1) }, opts({ checkpointEvery: 5, checkpointSeconds: 1 }));
      assert.deepEqual(ms.map((m) => m.step), [0, 1, 2]);
      const rows = readFileSync(join(dir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l).step);
      assert.deepEqual(rows, [0, 1, 2], "one row per update");
      // saves by time: any update outlasts a microsecond, so each one is saved whatever the interval
      const byTime = join(dir, "by-time");
      const o = opts({ checkpointEvery: 100, checkpointSeconds: 1e-6 });
      await assert.rejects(trainSwirl({ ...inputs, runDir: byTime, model: fx.model(1), onStep: stop }, o), /killed/);
      const resumed = await trainSwirl({ ...inputs, runDir: byTime, model: fx.model(1) }, o);
      assert.deepEqual(resumed.map((m) => m.step), [2], "resumed after the second update");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("SFT on action tokens", () => {
  it("lowers the loss on teacher demonstrations; batches are reproducible and length-bucketed", async () => {
    const fx = await tinyQa();
    const data = fx.demos.map((d) => encodeConversation(fx.tokenizer, conversation(d), { train: "all-assistant" }));
    const losses: number[] = [];
    sftTrain(fx.model(1), data, { steps: 30, batchSize: 4, lr: 3e-3, padId: fx.tokenizer.pad, onStep: (m) => losses.push(m["loss/total"]) });
    assert.ok(losses[29] < losses[0] * 0.7, `${losses[0]} → ${losses[29]}`);
    const lengths = data.map((s) => s.ids.length);
    assert.deepEqual(batchAt(24, 4, 7, 1, lengths), batchAt(24, 4, 7, 1, lengths));
    const epoch = Array.from({ length: 6 }, (_, k) => batchAt(24, 4, k, 1, lengths)).flat();
    assert.deepEqual([...epoch].sort((x, y) => x - y), Array.from({ length: 24 }, (_, i) => i), "one epoch visits every sequence once");
  });
});

describe("the base policy's curriculum", () => {
  it("cuts demonstrations after their k-th action in stage k and trains each stage from its step", async () => {
    const fx = await tinyQa();
    const convs = fx.demos.map(conversation);
    const stages = curriculum([{ conversations: convs, starts: [0, 3, 6] }]);
    assert.deepEqual(stages.map((s) => s.from), [0, 3, 6]);
    const actions = (c: readonly { role: string }[]): number => c.filter((m) => m.role === "assistant").length;
    assert.ok(stages[0].conversations.every((c) => actions(c) === 1 && c.at(-1)!.role === "assistant"), "stage 1: the first action only");
    assert.ok(stages[1].conversations.every((c, i) => actions(c) === Math.min(2, actions(convs[i]))), "stage 2: the first two actions");
    assert.deepEqual(stages[2].conversations, convs, "the last stage is whole");
    assert.deepEqual(curriculum([{ conversations: convs, starts: [] }]).map((s) => s.from), [0]);
    // a second family joins later, cut after its first action, then whole
    const two = curriculum([{ conversations: convs, starts: [] }, { conversations: convs.slice(0, 2), starts: [4, 8] }]);
    assert.deepEqual(two.map((s) => [s.from, s.conversations.length]), [[0, convs.length], [4, convs.length + 2], [8, convs.length + 2]]);
    assert.equal(actions(two[1].conversations.at(-1)!), 1);
    assert.deepEqual(two[2].conversations.at(-1), convs[1]);
    assert.throws(() => curriculum([{ conversations: convs, starts: [5] }]), /no family starts at step 0/);
    // training sees the short sequences first: tokens per step grow at each stage boundary
    const tokens: number[] = [];
    const data = stages.map((s) => ({ from: s.from, data: s.conversations.map((c) => encodeConversation(fx.tokenizer, c, { train: "all-assistant" })) }));
    sftTrain(fx.model(1), data, { steps: 9, batchSize: 4, lr: 1e-3, padId: fx.tokenizer.pad, onStep: (m) => tokens.push(m["perf/tokens"]) });
    const mean = (a: number[]): number => a.reduce((x, y) => x + y, 0) / a.length;
    assert.ok(mean(tokens.slice(0, 3)) < mean(tokens.slice(6)), `${tokens}`);
    assert.throws(() => sftTrain(fx.model(1), [{ from: 2, data: data[0].data }], { steps: 1, batchSize: 2, lr: 1e-3, padId: fx.tokenizer.pad }), /first data stage must start at step 0/);
  });
});
