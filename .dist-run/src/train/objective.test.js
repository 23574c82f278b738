import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { advantages, actionSequence, swirlLoss, DEFAULT_OBJECTIVE } from "./objective.js";
import { cloneModel } from "../model/io.js";
import { renderPrompt } from "../model/chat.js";
import { tinyQa } from "./test-fixture.js";
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
    let fx;
    before(async () => {
        fx = await tinyQa();
    });
    it("masks everything but the action: prompt and tool-result positions get no gradient", () => {
        const model = fx.model(1);
        const s = fx.states.find((x) => x.stepIndex === 1); // its context holds a tool result
        const group = { messages: s.messages, actions: [{ text: s.action, complete: true, reward: 1 }, { text: "<answer>x</answer>", complete: true, reward: 0 }] };
        const parts = swirlLoss(model, cloneModel(model), fx.tokenizer, [group], DEFAULT_OBJECTIVE);
        parts.loss.backward();
        const V = model.config.vocabSize;
        const T = parts.logits.shape[0] / 2;
        const promptLen = renderPrompt(fx.tokenizer, s.messages).length;
        const seq = actionSequence(fx.tokenizer, s.messages, s.action, true);
        const rowNorm = (r) => parts.logits.grad.subarray(r * V, (r + 1) * V).reduce((a, v) => a + Math.abs(v), 0);
        // position t predicts token t+1: rows promptLen-1 … len-2 predict the action
        for (let t = 0; t < T; t++) {
            const trained = t >= promptLen - 1 && t < seq.ids.length - 1;
            assert.equal(rowNorm(t) > 0, trained, `row ${t} (prompt ${promptLen}, sequence ${seq.ids.length})`);
        }
        assert.ok(seq.lossMask.slice(0, promptLen).every((m) => m === 0) && seq.lossMask.slice(promptLen).every((m) => m === 1));
    });
    it("has a KL term of zero against an identical reference, positive after the policy moves", () => {
        const model = fx.model(2);
        const ref = cloneModel(model);
        const s = fx.states[0];
        const group = { messages: s.messages, actions: [{ text: s.action, complete: true, reward: 1 }, { text: s.action + " ", complete: false, reward: 0 }] };
        const at0 = swirlLoss(model, ref, fx.tokenizer, [group], DEFAULT_OBJECTIVE);
        assert.ok(Math.abs(at0.kl) < 1e-6, `KL at step 0: ${at0.kl}`);
        for (const p of model.parameters())
            for (let i = 0; i < p.size; i += 7)
                p.data[i] += 0.05;
        assert.ok(swirlLoss(model, ref, fx.tokenizer, [group], DEFAULT_OBJECTIVE).kl > 1e-4);
    });
    it("pushes probability toward rewarded actions and away from unrewarded ones", () => {
        const model = fx.model(3);
        const s = fx.states[0];
        const group = { messages: s.messages, actions: [{ text: s.action, complete: true, reward: 1 }, { text: "<answer>nothing</answer>", complete: true, reward: 0 }] };
        const opts = { ...DEFAULT_OBJECTIVE, klWeight: 0 };
        const parts = swirlLoss(model, cloneModel(model), fx.tokenizer, [group], opts);
        parts.loss.backward();
        // one small gradient step lowers the loss, i.e. raises the good action's likelihood relative to the bad one
        for (const p of model.parameters())
            for (let i = 0; i < p.size; i++)
                p.data[i] -= 0.5 * p.grad[i];
        assert.ok(swirlLoss(model, cloneModel(model), fx.tokenizer, [group], opts).pg < parts.pg);
    });
});
//# sourceMappingURL=objective.test.js.map