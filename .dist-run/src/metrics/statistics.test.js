import { test } from "node:test";
import assert from "node:assert/strict";
import { wilsonInterval, accuracyInterval } from "./intervals.js";
import { pairedBootstrap } from "./bootstrap.js";
const close = (a, b, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);
test("Wilson 95% interval matches known values", () => {
    // 50/100: [0.4038, 0.5962]; 0/10: [0, 0.2775]; 10/10: [0.7225, 1]
    const a = wilsonInterval(50, 100);
    close(a.low, 0.40383);
    close(a.high, 0.59617);
    close(wilsonInterval(0, 10).high, 0.27753);
    close(wilsonInterval(10, 10).low, 0.72247);
    assert.equal(accuracyInterval([1, 0, 1, 1]).estimate, 0.75);
    assert.deepEqual(wilsonInterval(0, 0), { estimate: 0, low: 0, high: 1, n: 0 });
});
test("paired bootstrap: deterministic for a seed, centred on the difference", () => {
    const base = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const trained = base.map((b, i) => (i % 5 === 0 ? 1 : b));
    const r = pairedBootstrap(base, trained, { seed: 1, resamples: 2000 });
    assert.deepEqual(r, pairedBootstrap(base, trained, { seed: 1, resamples: 2000 }));
    assert.ok(r.low <= r.difference && r.difference <= r.high);
    assert.ok(r.low > 0 && r.pValue < 0.01, JSON.stringify(r));
    const same = pairedBootstrap(base, base, { seed: 1, resamples: 500 });
    assert.equal(same.difference, 0);
    assert.equal(same.pValue, 1);
    assert.throws(() => pairedBootstrap([1], [1, 0]));
});
//# sourceMappingURL=statistics.test.js.map