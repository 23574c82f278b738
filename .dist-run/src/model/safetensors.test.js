import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TensorFileError } from "../errors/tensor-file-error.js";
import { Rng } from "../util/random.js";
import { f16BitsToF32, f32ToF16Bits } from "../util/f16.js";
import { decodeSafetensors, encodeSafetensors, readSafetensors, writeSafetensors } from "./safetensors.js";
function randomTensors(seed) {
    const rng = new Rng(seed);
    const m = new Map();
    for (const [name, shape] of [["tok_embeddings.weight", [11, 8]], ["norm.weight", [8]], ["scalar", []], ["empty", [0, 3]]]) {
        const n = shape.reduce((a, b) => a * b, 1);
        m.set(name, { shape: [...shape], data: Float32Array.from({ length: n }, () => (rng.next() - 0.5) * 10) });
    }
    return m;
}
test("F32 round trip is bit-exact, with metadata, and the layout follows the format", () => {
    const t = randomTensors("st");
    const bytes = encodeSafetensors(t, { metadata: { format: "pt", note: "x" } });
    const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    assert.equal(n % 8, 0, "header padded to 8 bytes");
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
    assert.deepEqual(header["norm.weight"], { dtype: "F32", shape: [8], data_offsets: [352, 384] });
    const back = decodeSafetensors(bytes);
    assert.deepEqual(back.metadata, { format: "pt", note: "x" });
    assert.deepEqual([...back.tensors.keys()], [...t.keys()]);
    for (const [k, v] of t) {
        assert.deepEqual(back.tensors.get(k).shape, v.shape);
        assert.deepEqual(new Uint8Array(back.tensors.get(k).data.buffer), new Uint8Array(v.data.slice().buffer));
    }
});
test("F16 stores half the bytes and reads back the rounded values", () => {
    const t = randomTensors("st16");
    const f16 = encodeSafetensors(t, { dtype: "F16" });
    assert.ok(f16.length < encodeSafetensors(t).length);
    const back = decodeSafetensors(f16).tensors.get("tok_embeddings.weight");
    const src = t.get("tok_embeddings.weight").data;
    for (let i = 0; i < src.length; i++)
        assert.equal(back.data[i], f16BitsToF32(f32ToF16Bits(src[i])));
});
test("BF16 tensors (as small open models ship) are read", () => {
    const header = new TextEncoder().encode(JSON.stringify({ w: { dtype: "BF16", shape: [2], data_offsets: [0, 4] } }));
    const bytes = new Uint8Array(8 + header.length + 4);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(header.length), true);
    bytes.set(header, 8);
    new DataView(bytes.buffer).setUint16(8 + header.length, 0x3f80, true); // 1.0
    new DataView(bytes.buffer).setUint16(8 + header.length + 2, 0xc000, true); // -2.0
    assert.deepEqual(Array.from(decodeSafetensors(bytes).tensors.get("w").data), [1, -2]);
});
test("truncated, garbled and inconsistent files are refused with the reason", () => {
    const good = encodeSafetensors(randomTensors("bad"));
    const cases = [
        [good.subarray(0, 4), /shorter than the 8-byte/],
        [good.subarray(0, 40), /runs past the end/],
        [good.subarray(0, good.length - 4), /truncated/],
        [Uint8Array.from([...good, 1, 2, 3, 4]), /trailing/],
    ];
    const garbled = good.slice();
    garbled[9] = 0x7b; // "{" inside the JSON → not JSON any more
    garbled[10] = 0x7b;
    cases.push([garbled, /not JSON/]);
    for (const [bytes, re] of cases) {
        assert.throws(() => decodeSafetensors(bytes, "w.safetensors"), (e) => TensorFileError.isInstance(e) && re.test(e.message) && e.message.startsWith("w.safetensors"));
    }
});
test("shape and data length must agree when writing", () => {
    assert.throws(() => encodeSafetensors(new Map([["w", { shape: [2, 2], data: new Float32Array(3) }]])), /shape/);
});
test("writeSafetensors → readSafetensors through a file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "swirl-st-"));
    try {
        const t = randomTensors("file");
        await writeSafetensors(join(dir, "m.safetensors"), t);
        const back = await readSafetensors(join(dir, "m.safetensors"));
        assert.deepEqual(back.tensors.get("norm.weight").data, t.get("norm.weight").data);
        assert.deepEqual(await readFile(join(dir, "m.safetensors")), Buffer.from(encodeSafetensors(t)));
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=safetensors.test.js.map