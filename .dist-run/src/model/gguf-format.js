/**
 * GGUF v3 container, little-endian (ggml/docs/gguf.md):
 *
 *   "GGUF" u32:version u64:n_tensors u64:n_kv
 *   n_kv × (string:key u32:value_type value)          string = u64 length + UTF-8 bytes
 *   n_tensors × (string:name u32:n_dims u64[n_dims]:ne u32:ggml_type u64:offset)
 *   padding to general.alignment (default 32), then the data section; each tensor's offset is
 *   relative to the data section and a multiple of the alignment.
 *
 * Dims are ggml's: ne[0] is the innermost (contiguous) one, the reverse of a row-major shape.
 * This file has the value model, an encoder for the header, and a parser for header + infos.
 */
import { TensorFileError } from "../errors/tensor-file-error.js";
export const GGUF_MAGIC = 0x46554747; // "GGUF" read as u32 LE
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;
/** ggml_type ids of the tensor types we write and read. */
export const GGML_TYPE = { F32: 0, F16: 1 };
const TYPE_ID = {
    u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12,
};
const TYPE_NAME = Object.fromEntries(Object.entries(TYPE_ID).map(([k, v]) => [v, k]));
/** A growable little-endian byte writer. */
export class ByteWriter {
    buf = new Uint8Array(1 << 16);
    view = new DataView(this.buf.buffer);
    length = 0;
    room(n) {
        if (this.length + n <= this.buf.length)
            return;
        const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
        next.set(this.buf.subarray(0, this.length));
        this.buf = next;
        this.view = new DataView(next.buffer);
    }
    u8(v) { this.room(1); this.view.setUint8(this.length, v); this.length += 1; }
    u32(v) { this.room(4); this.view.setUint32(this.length, v, true); this.length += 4; }
    u64(v) { this.room(8); this.view.setBigUint64(this.length, BigInt(v), true); this.length += 8; }
    bytes(b) { this.room(b.length); this.buf.set(b, this.length); this.length += b.length; }
    string(s) { const b = new TextEncoder().encode(s); this.u64(b.length); this.bytes(b); }
    pad(alignment) { while (this.length % alignment !== 0)
        this.u8(0); }
    scalar(type, v) {
        const at = this.length;
        const size = { u8: 1, i8: 1, bool: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, u64: 8, i64: 8, f64: 8, string: 0 }[type];
        if (type === "string")
            return this.string(v);
        this.room(size);
        const d = this.view;
        switch (type) {
            case "u8":
                d.setUint8(at, v);
                break;
            case "i8":
                d.setInt8(at, v);
                break;
            case "bool":
                d.setUint8(at, v ? 1 : 0);
                break;
            case "u16":
                d.setUint16(at, v, true);
                break;
            case "i16":
                d.setInt16(at, v, true);
                break;
            case "u32":
                d.setUint32(at, v, true);
                break;
            case "i32":
                d.setInt32(at, v, true);
                break;
            case "f32":
                d.setFloat32(at, v, true);
                break;
            case "u64":
                d.setBigUint64(at, BigInt(v), true);
                break;
            case "i64":
                d.setBigInt64(at, BigInt(v), true);
                break;
            case "f64":
                d.setFloat64(at, v, true);
                break;
        }
        this.length += size;
    }
    value(v) {
        this.u32(TYPE_ID[v.type]);
        if (v.type !== "array")
            return this.scalar(v.type, v.value);
        this.u32(TYPE_ID[v.itemType]);
        this.u64(v.value.length);
        for (const item of v.value)
            this.scalar(v.itemType, item);
    }
    result() { return this.buf.subarray(0, this.length); }
}
/** Encodes everything before the data section, padded to the alignment. */
export function encodeGgufHeader(metadata, tensors, alignment) {
    const w = new ByteWriter();
    w.u32(GGUF_MAGIC);
    w.u32(GGUF_VERSION);
    w.u64(tensors.length);
    w.u64(metadata.size);
    for (const [key, value] of metadata) {
        w.string(key);
        w.value(value);
    }
    for (const t of tensors) {
        w.string(t.name);
        w.u32(t.dims.length);
        for (const d of t.dims)
            w.u64(d);
        w.u32(t.type);
        w.u64(t.offset);
    }
    w.pad(alignment);
    return w.result();
}
/** Parses header, metadata and tensor infos; `file` names the source in errors. */
export function parseGguf(bytes, file = "<buffer>") {
    const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    const fail = (problem) => {
        throw new TensorFileError({ file, format: "gguf", problem });
    };
    const need = (n) => {
        if (at + n > bytes.length)
            fail(`ends at byte ${bytes.length} while reading ${n} bytes at ${at} (truncated?)`);
    };
    const u32 = () => { need(4); const v = d.getUint32(at, true); at += 4; return v; };
    const u64 = () => { need(8); const v = Number(d.getBigUint64(at, true)); at += 8; return v; };
    const str = () => { const n = u64(); need(n); const s = new TextDecoder().decode(bytes.subarray(at, at + n)); at += n; return s; };
    const scalar = (type) => {
        const size = { u8: 1, i8: 1, bool: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, u64: 8, i64: 8, f64: 8, string: 0 }[type];
        if (type === "string")
            return str();
        need(size);
        const p = at;
        at += size;
        switch (type) {
            case "u8": return d.getUint8(p);
            case "i8": return d.getInt8(p);
            case "bool": return d.getUint8(p) !== 0;
            case "u16": return d.getUint16(p, true);
            case "i16": return d.getInt16(p, true);
            case "u32": return d.getUint32(p, true);
            case "i32": return d.getInt32(p, true);
            case "f32": return d.getFloat32(p, true);
            case "u64": return d.getBigUint64(p, true);
            case "i64": return d.getBigInt64(p, true);
            default: return d.getFloat64(p, true);
        }
    };
    const typeOf = (id) => TYPE_NAME[id] ?? fail(`unknown metadata value type ${id} at byte ${at - 4}`);
    if (u32() !== GGUF_MAGIC)
        fail("magic is not GGUF");
    const version = u32();
    if (version !== 2 && version !== 3)
        fail(`version ${version} (only 2 and 3 are read)`);
    const nTensors = u64();
    const nKv = u64();
    const metadata = new Map();
    for (let i = 0; i < nKv; i++) {
        const key = str();
        const type = typeOf(u32());
        if (type === "array") {
            const itemType = typeOf(u32());
            if (itemType === "array")
                fail(`${key}: nested arrays are not supported`);
            const n = u64();
            const items = [];
            for (let k = 0; k < n; k++)
                items.push(scalar(itemType));
            metadata.set(key, { type: "array", itemType: itemType, value: items });
        }
        else
            metadata.set(key, { type, value: scalar(type) });
    }
    const tensors = [];
    for (let i = 0; i < nTensors; i++) {
        const name = str();
        const nDims = u32();
        if (nDims > 4)
            fail(`tensor ${name} has ${nDims} dims`);
        const dims = [];
        for (let k = 0; k < nDims; k++)
            dims.push(u64());
        tensors.push({ name, dims, type: u32(), offset: u64() });
    }
    const alignValue = metadata.get("general.alignment")?.value;
    const alignment = typeof alignValue === "number" ? alignValue : GGUF_DEFAULT_ALIGNMENT;
    const dataOffset = Math.ceil(at / alignment) * alignment;
    return { version, metadata, tensors, alignment, dataOffset };
}
//# sourceMappingURL=gguf-format.js.map