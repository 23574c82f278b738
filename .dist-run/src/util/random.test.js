import { test } from "node:test";
import assert from "node:assert/strict";
import { Rng, hashSeed } from "./random.js";
test("the same seed gives the same stream, different seeds differ", () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(xs, Array.from({ length: 5 }, () => b.next()));
    assert.notDeepEqual(xs, Array.from({ length: 5 }, () => c.next()));
    assert.equal(hashSeed("world:1"), hashSeed("world:1"));
});
test("int, range and shuffle stay in bounds and keep every item", () => {
    const r = new Rng("bounds");
    for (let i = 0; i < 1000; i++) {
        const v = r.range(3, 7);
        assert.ok(v >= 3 && v <= 7 && Number.isInteger(v));
    }
    assert.deepEqual(r.shuffle([1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]);
});
//# sourceMappingURL=random.test.js.map