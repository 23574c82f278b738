import { test } from "node:test";
import assert from "node:assert/strict";
import { f16ArrayToF32, f16BitsToF32, f32ArrayToF16, f32ToF16Bits } from "./f16.js";
test("every finite half survives half → float → half", () => {
    for (let h = 0; h < 65536; h++) {
        const exp = (h >>> 10) & 0x1f;
        if (exp === 0x1f && (h & 0x3ff) !== 0)
            continue; // NaN payloads are not preserved
        assert.equal(f32ToF16Bits(f16BitsToF32(h)), h, `bits ${h.toString(16)}`);
    }
});
test("midpoints between adjacent halves round to the even one, and a hair off rounds to nearest", () => {
    const f32 = new Float32Array(1);
    for (let h = 0; h < 0x7bff; h++) {
        const a = f16BitsToF32(h);
        const b = f16BitsToF32(h + 1);
        const mid = (a + b) / 2; // exact in float32: a half has 11 significant bits
        const even = h % 2 === 0 ? h : h + 1;
        assert.equal(f32ToF16Bits(mid), even, `midpoint after ${h.toString(16)}`);
        f32[0] = mid;
        const below = new Uint32Array(f32.buffer);
        below[0] -= 1;
        assert.equal(f32ToF16Bits(f32[0]), h);
        below[0] += 2;
        assert.equal(f32ToF16Bits(f32[0]), h + 1);
    }
});
test("special values: signed zero, infinities, NaN, overflow and underflow", () => {
    assert.equal(f32ToF16Bits(0), 0);
    assert.equal(f32ToF16Bits(-0), 0x8000);
    assert.equal(f32ToF16Bits(Infinity), 0x7c00);
    assert.equal(f32ToF16Bits(-Infinity), 0xfc00);
    assert.ok(Number.isNaN(f16BitsToF32(f32ToF16Bits(NaN))));
    assert.equal(f32ToF16Bits(65504), 0x7bff); // largest half
    assert.equal(f32ToF16Bits(65520), 0x7c00); // halfway to the next binade rounds to Inf
    assert.equal(f32ToF16Bits(1e-9), 0); // far below the smallest subnormal
    assert.equal(f32ToF16Bits(2 ** -24), 1); // smallest subnormal
    assert.equal(f32ToF16Bits(2 ** -25), 0); // exactly half of it: ties to even (0)
    assert.equal(f32ToF16Bits(3 * 2 ** -25), 2); // 1.5 × smallest: ties to even (2)
});
test("array helpers agree with the scalar ones", () => {
    const xs = Float32Array.from([0, 1, -2.5, 1 / 3, 1e5, -1e-6, 0.1]);
    const back = f16ArrayToF32(f32ArrayToF16(xs));
    for (let i = 0; i < xs.length; i++)
        assert.equal(back[i], f16BitsToF32(f32ToF16Bits(xs[i])));
});
//# sourceMappingURL=f16.test.js.map