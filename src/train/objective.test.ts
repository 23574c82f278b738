import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { advantages, actionTokens, swirlLoss, DEFAULT_OBJECTIVE, type Group } from "./objective.js";
import { makeBatch, type Sequence } from "./batch.js";
import { add, crossEntropy, klDivergence, noGrad } from "../engine/index.js";
import { cloneModel } from "../model/io.js";
import { renderPrompt } from "../model/chat.js";
import { tinyQa, type TinyQa } from "./training.fixture.js";

describe("advantages", () => {
  it("subtracts the group mean, or the mean of the others, optionally scaled by the std", () => {
    assert.deepEqual(advantages([1, 0, 0, 1], { baseline: "group-mean", normalizeStd: false }), [0.5, -0.5, -0.5, 0.5]);
    assert.deepEqual(advantages([1, 0, 0, 0], { baseline: "leave-one-out", normalizeStd: false }), [1, -1 / 3, -1 / 3, -1 / 3]);
    assert.deepEqual(advantages([1, 0, 0, 1], { baseline: "group-mean", normalizeStd: true }), [1, -1, -1, 1]);
    assert.deepEqual(advantages([1, 1, 1], { baseline: "group-mean", normalizeStd: true }), [0, 0, 0], "no signal when all agree");
    assert.deepEqual(advantages([1, 0], { baseline: "none", normalizeStd: false }), [1, 0]);
  });
});

describe("the SWiRL loss", () => {
  let fx: TinyQa;
  before(async () => {
    fx = await tinyQa();
  });

  it("reads the logits of action tokens only, one row per token predicted, each with gradient", () => {
    const model = fx.model(1);
    const s = fx.states.find((x) => x.stepIndex === 1)!; // its context holds a tool result
    const actions = [{ text: s.action, complete: true, reward: 1 }, { text: "<answer>x</answer>", complete: true, reward: 0 }];
    const parts = swirlLoss(model, cloneModel(model), fx.tokenizer, [{ messages: s.messages, actions }], DEFAULT_OBJECTIVE);
    parts.loss.backward();
    const V = model.config.vocabSize;
    const n = actions.map((a) => actionTokens(fx.tokenizer, a.text, a.complete).length);
    const rowNorm = (r: number): number => parts.logits.grad!.subarray(r * V, (r + 1) * V).reduce((a, v) => a + Math.abs(v), 0);
    assert.equal(parts.logits.shape[0], n[0] + n[1]);
    for (let t = 0; t < parts.logits.shape[0]; t++) assert.ok(rowNorm(t) > 0, `row ${t}`);
    // the packed row: the prompt but its last token, then each branch (the prompt's last token + the action but its last)
    assert.equal(parts.tokens, renderPrompt(fx.tokenizer, s.messages).length - 1 + n[0] + n[1]);
  });

  it("equals the loss and gradients of separate (prompt + action) sequences", () => {
    const model = fx.model(4);
    const ref = cloneModel(model);
    for (const p of ref.parameters()) for (let i = 0; i < p.size; i += 5) p.data[i] += 0.03; // a reference that differs: KL > 0
    const groups: Group[] = [fx.states[0], fx.states.find((x) => x.stepIndex === 2)!].map((s, k) => ({
      messages: s.messages,
      actions: [
        { text: s.action, complete: true, reward: 1 },
        { text: "<answer>nobody</answer>", complete: true, reward: 0 },
        { text: "<search_query>" + "x".repeat(k + 3), complete: false, reward: k },
      ],
    }));
    const o = { ...DEFAULT_OBJECTIVE, klWeight: 0.2 };
    const packed = swirlLoss(model, ref, fx.tokenizer, groups, o);
    packed.loss.backward();
    const packedGrads = model.parameters().map((p) => Float32Array.from(p.grad!));
    const packedLoss = packed.loss.item();
    for (const p of model.parameters()) p.grad?.fill(0);

    // the same objective written plainly: one padded row per (state, action), positions from 0
    const seqs: Sequence[] = [];
    const adv: number[] = [];
    for (const g of groups) {
      adv.push(...advantages(g.actions.map((a) => a.reward), o));
      for (const a of g.actions) {
        const prompt = renderPrompt(fx.tokenizer, g.messages);
        const act = actionTokens(fx.tokenizer, a.text, a.complete);
        const ids = new Int32Array([...prompt, ...act]);
        seqs.push({ ids, lossMask: Uint8Array.from(ids, (_, i) => (i >= prompt.length ? 1 : 0)) });
      }
    }
    const N = seqs.length;
    const n = seqs.map((q) => q.lossMask.reduce((a, m) => a + m, 0));
    const pgB = makeBatch(seqs, adv.map((a, i) => a / (n[i] * N)), fx.tokenizer.pad, model.config.contextLength);
    const klB = makeBatch(seqs, n.map((len) => o.klWeight / (len * N)), fx.tokenizer.pad, model.config.contextLength);
    const logits = model.forward(pgB.ids, pgB.B, pgB.T);
    const refLogits = noGrad(() => ref.forward(pgB.ids, pgB.B, pgB.T)).data;
    const plain = add(crossEntropy(logits, pgB.targets, pgB.weights), klDivergence(logits, refLogits, klB.weights));
    plain.backward();

    assert.ok(packed.tokens < pgB.B * pgB.T, `packed ${packed.tokens} positions, separate ${pgB.B * pgB.T}`);
    assert.ok(Math.abs(packedLoss - plain.item()) < 1e-5, `loss ${packedLoss} vs ${plain.item()}`);
    model.parameters().forEach((p, j) => {
      let maxDiff = 0;
      let maxAbs = 0;
      for (let i = 0; i < p.size; i++) {
        maxDiff = Math.max(maxDiff, Math.abs(p.grad![i] - packedGrads[j][i]));
        maxAbs = Math.max(maxAbs, Math.abs(p.grad![i]));
      }
      assert.ok(maxAbs > 0 && maxDiff <= 1e-4 * maxAbs + 1e-7, `${p.name}: gradients differ by ${maxDiff} (max ${maxAbs})`);
    });
  });

  it("has a KL term of zero against an identical reference, positive after the policy moves", () => {
    const model = fx.model(2);
    const ref = cloneModel(model);
    const s = fx.states[0];
    const group: Group = { messages: s.messages, actions: [{ text: s.action, complete: true, reward: 1 }, { text: s.action + " ", complete: false, reward: 0 }] };
    const at0 = swirlLoss(model, ref, fx.tokenizer, [group], DEFAULT_OBJECTIVE);
    assert.ok(Math.abs(at0.kl) < 1e-6, `KL at step 0: ${at0.kl}`);
    for (const p of model.parameters()) for (let i = 0; i < p.size; i += 7) p.data[i] += 0.05;
    assert.ok(swirlLoss(model, ref, fx.tokenizer, [group], DEFAULT_OBJECTIVE).kl > 1e-4);
  });

  it("pushes probability toward rewarded actions and away from unrewarded ones", () => {
    const model = fx.model(3);
    const s = fx.states[0];
    const group: Group = { messages: s.messages, actions: [{ text: s.action, complete: true, reward: 1 }, { text: "<answer>nothing</answer>", complete: true, reward: 0 }] };
    const opts = { ...DEFAULT_OBJECTIVE, klWeight: 0 };
    const parts = swirlLoss(model, cloneModel(model), fx.tokenizer, [group], opts);
    parts.loss.backward();
    // one small gradient step lowers the loss, i.e. raises the good action's likelihood relative to the bad one
    for (const p of model.parameters()) for (let i = 0; i < p.size; i++) p.data[i] -= 0.5 * p.grad![i];
    assert.ok(swirlLoss(model, cloneModel(model), fx.tokenizer, [group], opts).pg < parts.pg);
  });
});
