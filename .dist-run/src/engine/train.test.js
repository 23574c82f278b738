/** End-to-end engine checks: AdamW against a hand-computed step, and a tiny transformer learning a toy sequence task on each backend. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { AdamW, Tensor, clipGradNorm, crossEntropy, jsKernels, learningRate, nativeKernelsOrNull, useBackend } from "./index.js";
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
describe("AdamW", () => {
    it("matches a step computed by hand, with decoupled weight decay", () => {
        useBackend(jsKernels);
        const p = Tensor.from([1, -2], [2], true);
        const opt = new AdamW([{ params: [p], weightDecay: 0.1 }], { beta1: 0.9, beta2: 0.999, eps: 1e-8 });
        p.ensureGrad().set([0.5, -0.25]);
        opt.update(0.01);
        // t=1: m = 0.1 g, v = 0.001 g², mhat = g, vhat = g² → step = sign(g); p -= lr (sign(g) + wd p)
        assert.ok(Math.abs(p.data[0] - (1 - 0.01 * (1 + 0.1 * 1))) < 1e-6);
        assert.ok(Math.abs(p.data[1] - (-2 - 0.01 * (-1 + 0.1 * -2))) < 1e-6);
        p.ensureGrad().set([0.5, 0.5]);
        opt.update(0.01);
        // t=2 for p0: m = 0.9·0.05 + 0.05 = 0.095, v = 0.999·0.00025 + 0.00025; bias-corrected
        const m = 0.095 / (1 - 0.81);
        const v = (0.999 * 0.00025 + 0.001 * 0.25) / (1 - 0.999 ** 2);
        const p0 = 0.989;
        assert.ok(Math.abs(p.data[0] - (p0 - 0.01 * (m / (Math.sqrt(v) + 1e-8) + 0.1 * p0))) < 1e-6);
    });
    it("clips the global gradient norm and schedules warmup then cosine decay", () => {
        const a = Tensor.from([0, 0], [2], true);
        const b = Tensor.from([0], [1], true);
        a.ensureGrad().set([3, 0]);
        b.ensureGrad().set([4]);
        assert.equal(clipGradNorm([a, b], 1), 5);
        assert.ok(Math.abs(Math.hypot(a.grad[0], b.grad[0]) - 1) < 1e-6);
        const s = { maxLr: 1, minLr: 0.1, warmupSteps: 10, totalSteps: 110 };
        assert.equal(learningRate(s, 0), 0.1);
        assert.equal(learningRate(s, 9), 1);
        assert.ok(Math.abs(learningRate(s, 60) - 0.55) < 1e-9);
        assert.equal(learningRate(s, 500), 0.1);
    });
});
const backends = [["js", jsKernels], ["native", nativeKernelsOrNull()]];
for (const [name, k] of backends) {
    it(`a tiny transformer learns to continue a sequence on the ${name} backend`, { skip: k === null ? "native addon not built" : false }, () => {
        useBackend(k);
        // task: sequences count up by a random stride mod V; the model must infer the stride in context
        const V = 16;
        const T = 12;
        const B = 8;
        const model = new Model(presetConfig("tiny", V), 1);
        const opt = new AdamW(model.parameterGroups(0.01));
        let seed = 7;
        const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 16777216;
        const batch = () => {
            const ids = new Int32Array(B * T);
            const tgt = new Int32Array(B * T);
            for (let b = 0; b < B; b++) {
                const stride = 1 + Math.floor(rand() * 3);
                const start = Math.floor(rand() * V);
                for (let t = 0; t < T; t++)
                    ids[b * T + t] = (start + t * stride) % V;
                for (let t = 0; t < T; t++)
                    tgt[b * T + t] = t + 1 < T ? ids[b * T + t + 1] : -1;
            }
            return [ids, tgt];
        };
        const losses = [];
        for (let step = 0; step < 120; step++) {
            const [ids, tgt] = batch();
            opt.zeroGrad();
            const loss = crossEntropy(model.forward(ids, B, T), tgt);
            loss.backward();
            clipGradNorm(model.parameters(), 1);
            opt.update(learningRate({ maxLr: 1e-2, minLr: 1e-3, warmupSteps: 10, totalSteps: 120 }, step));
            losses.push(loss.item());
        }
        const first = losses.slice(0, 10).reduce((a, b) => a + b) / 10;
        const last = losses.slice(-10).reduce((a, b) => a + b) / 10;
        assert.ok(first > 2.5, `starts near log(16): ${first}`);
        assert.ok(last < 1.2, `loss fell from ${first.toFixed(3)} to ${last.toFixed(3)}`);
        useBackend(jsKernels);
    });
}
//# sourceMappingURL=train.test.js.map