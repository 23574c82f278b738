/**
 * IEEE 754 half precision (binary16) ↔ single precision, bit-exact, with round-to-nearest-even
 * on the way down (what numpy, PyTorch and ggml do). Used by safetensors F16 and GGUF f16 export.
 * Node 20 has no Math.f16round, so this works on the raw bits.
 */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** Bits of the binary16 value nearest to `x` (ties to even); overflow gives ±Inf, NaN stays NaN. */
export function f32ToF16Bits(x) {
    f32[0] = x;
    const bits = u32[0];
    const sign = (bits >>> 16) & 0x8000;
    const exp = (bits >>> 23) & 0xff;
    const mant = bits & 0x7fffff;
    if (exp === 0xff)
        return sign | 0x7c00 | (mant !== 0 ? 0x200 | (mant >>> 13) : 0); // Inf / quiet NaN
    const e = exp - 127 + 15; // re-biased exponent
    if (e >= 0x1f)
        return sign | 0x7c00; // too large: Inf
    if (e <= 0) {
        // subnormal half (or zero): shift the full significand (with its implicit 1) into place
        if (e < -10)
            return sign; // below half the smallest subnormal: rounds to ±0
        const full = mant | 0x800000;
        const shift = 14 - e; // 14..24
        const half = full >>> shift;
        const rest = full & ((1 << shift) - 1);
        const mid = 1 << (shift - 1);
        const up = rest > mid || (rest === mid && (half & 1) === 1);
        return sign | (half + (up ? 1 : 0)); // a carry into the exponent field is the right answer
    }
    const half = (e << 10) | (mant >>> 13);
    const rest = mant & 0x1fff;
    const up = rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1);
    return sign | (half + (up ? 1 : 0)); // a carry may round up to the next binade or to Inf: both right
}
/** The float value of binary16 bits `h` (exact: every half is representable as a float). */
export function f16BitsToF32(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >>> 10) & 0x1f;
    const mant = h & 0x3ff;
    if (exp === 0)
        return sign * mant * 2 ** -24;
    if (exp === 0x1f)
        return mant === 0 ? sign * Infinity : NaN;
    return sign * (1024 + mant) * 2 ** (exp - 25);
}
/** Converts a whole array to binary16 bits. */
export function f32ArrayToF16(src) {
    const out = new Uint16Array(src.length);
    for (let i = 0; i < src.length; i++)
        out[i] = f32ToF16Bits(src[i]);
    return out;
}
/** Converts binary16 bits back to floats. A 64 Ki lookup table makes this a gather. */
export function f16ArrayToF32(src) {
    const table = f16Table();
    const out = new Float32Array(src.length);
    for (let i = 0; i < src.length; i++)
        out[i] = table[src[i]];
    return out;
}
let table;
function f16Table() {
    if (!table) {
        table = new Float32Array(65536);
        for (let h = 0; h < 65536; h++)
            table[h] = f16BitsToF32(h);
    }
    return table;
}
//# sourceMappingURL=f16.js.map