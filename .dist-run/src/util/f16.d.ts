/**
 * IEEE 754 half precision (binary16) ↔ single precision, bit-exact, with round-to-nearest-even
 * on the way down (what numpy, PyTorch and ggml do). Used by safetensors F16 and GGUF f16 export.
 * Node 20 has no Math.f16round, so this works on the raw bits.
 */
/** Bits of the binary16 value nearest to `x` (ties to even); overflow gives ±Inf, NaN stays NaN. */
export declare function f32ToF16Bits(x: number): number;
/** The float value of binary16 bits `h` (exact: every half is representable as a float). */
export declare function f16BitsToF32(h: number): number;
/** Converts a whole array to binary16 bits. */
export declare function f32ArrayToF16(src: Float32Array): Uint16Array;
/** Converts binary16 bits back to floats. A 64 Ki lookup table makes this a gather. */
export declare function f16ArrayToF32(src: Uint16Array): Float32Array;
