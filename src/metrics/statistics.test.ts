import { test } from "node:test";
import assert from "node:assert/strict";
import { wilsonInterval, accuracyInterval } from "./intervals.js";
import { pairedBootstrap, pooledBootstrap } from "./bootstrap.js";

const close = (a: number, b: number, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

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

test("pooled bootstrap: the mean of the seeds' differences, wider when the seeds disagree", () => {
  const n = 200;
  const base = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
  // seed k: the base plus 10k more right answers (k = 1, 2, 3: +0.05, +0.10, +0.15)
  const gain = (k: number): number[] => base.map((b, i) => (b === 0 && i % 20 < 2 * k ? 1 : b));
  const agree = [gain(2), gain(2), gain(2)];
  const disagree = [gain(1), gain(2), gain(3)];
  const a = pooledBootstrap([base], agree, { seed: 1, resamples: 2000 });
  const d = pooledBootstrap([base], disagree, { seed: 1, resamples: 2000 });
  close(a.difference, 0.1);
  close(d.difference, 0.1);
  assert.deepEqual(d.perSeed.map((x) => x.toFixed(3)), ["0.050", "0.100", "0.150"]);
  assert.ok(d.low <= d.difference && d.difference <= d.high);
  assert.ok(d.high - d.low > a.high - a.low, `seed noise widens the interval: ${d.high - d.low} vs ${a.high - a.low}`);
  // one seed against one control is the paired bootstrap's statistic
  const one = pooledBootstrap([base], [gain(2)], { seed: 1, resamples: 2000 });
  const paired = pairedBootstrap(base, gain(2), { seed: 1, resamples: 2000 });
  close(one.difference, paired.difference);
  assert.ok(Math.abs(one.high - one.low - (paired.high - paired.low)) < 0.02);
  assert.deepEqual(pooledBootstrap([base], disagree, { seed: 1, resamples: 2000 }), d, "deterministic for a seed");
});
