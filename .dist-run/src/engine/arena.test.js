/** The step arena: training inside it is bit-identical to training without it, and it reuses its memory. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { AdamW, Arena, crossEntropy, floats } from "./index.js";
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
function step(model, opt, ids, targets) {
    opt.zeroGrad();
    const loss = crossEntropy(model.forward(ids, 2, 8), targets, new Float32Array(16).fill(1 / 16));
    loss.backward();
    opt.update(1e-2);
    return loss.item();
}
describe("Arena", () => {
    const ids = Int32Array.from({ length: 16 }, (_, i) => (i * 7) % 13);
    const targets = Int32Array.from({ length: 16 }, (_, i) => (i * 5 + 1) % 13);
    it("gives the same losses and weights as fresh allocation, and reuses one slab", () => {
        const cfg = presetConfig("tiny", 13, { contextLength: 8 });
        const plain = new Model(cfg, 3);
        const pooled = new Model(cfg, 3);
        const optA = new AdamW(plain.parameterGroups(0.1));
        const optB = new AdamW(pooled.parameterGroups(0.1));
        const arena = new Arena();
        const buffers = new Set();
        for (let i = 0; i < 4; i++) {
            const a = step(plain, optA, ids, targets);
            const b = arena.run(() => {
                buffers.add(floats(1).buffer);
                return step(pooled, optB, ids, targets);
            });
            assert.equal(b, a, `loss at step ${i}`);
        }
        for (const [name, p] of plain.namedParameters())
            assert.deepEqual(pooled.namedParameters().get(name).data, p.data, name);
        // parameter gradients outlive the step: never carved from the arena
        for (const p of pooled.parameters())
            assert.ok(!buffers.has(p.grad.buffer), "a parameter gradient came from the arena");
        assert.equal(buffers.size, 1, "every step after the first fits in the same slab");
        assert.ok(arena.peakFloats > 0);
    });
    it("hands out zeroed buffers, and fresh ones outside a run", () => {
        const arena = new Arena();
        arena.run(() => floats(64).fill(5));
        const again = arena.run(() => floats(64));
        assert.ok(again.every((v) => v === 0));
        assert.notEqual(floats(64).buffer, again.buffer);
    });
});
//# sourceMappingURL=arena.test.js.map