/**
 * The safetensors format (huggingface/safetensors), written and read without dependencies:
 *
 *   [u64 LE: header length N] [N bytes of JSON header] [tensor data, little-endian]
 *
 * The header maps each tensor name to { dtype, shape, data_offsets: [begin, end] } (offsets
 * relative to the end of the header) plus an optional "__metadata__" of string → string. We
 * write F32 or F16, pad the header with spaces to 8 bytes (as the reference writer does) and
 * read F32, F16 and BF16 (what small open models ship in), always into Float32Array.
 * Reading checks every offset, so a truncated or altered file is refused with its reason.
 */
import { readFile } from "node:fs/promises";
import { TensorFileError } from "../errors/tensor-file-error.js";
import { f16ArrayToF32, f32ArrayToF16 } from "../util/f16.js";
import { writeFileAtomic } from "./checkpoint-fs.js";
const DTYPE_SIZE = { F32: 4, F16: 2, BF16: 2 };
const MAX_HEADER = 100 * 1024 * 1024;
export function numel(shape) {
    return shape.reduce((a, b) => a * b, 1);
}
/** Serialises tensors (in map order) with an optional string metadata block. */
export function encodeSafetensors(tensors, opts = {}) {
    const dtype = opts.dtype ?? "F32";
    const size = DTYPE_SIZE[dtype];
    const header = {};
    if (opts.metadata)
        header.__metadata__ = opts.metadata;
    let offset = 0;
    for (const [name, t] of tensors) {
        if (name === "__metadata__")
            throw new Error('safetensors: "__metadata__" is not a tensor name');
        if (numel(t.shape) !== t.data.length)
            throw new Error(`safetensors: tensor ${name} has shape [${t.shape}] but ${t.data.length} values`);
        const bytes = t.data.length * size;
        header[name] = { dtype, shape: [...t.shape], data_offsets: [offset, offset + bytes] };
        offset += bytes;
    }
    let json = JSON.stringify(header);
    const enc = new TextEncoder();
    let headerBytes = enc.encode(json);
    const pad = (8 - (headerBytes.length % 8)) % 8;
    if (pad)
        headerBytes = enc.encode((json += " ".repeat(pad)));
    const out = new Uint8Array(8 + headerBytes.length + offset);
    new DataView(out.buffer).setBigUint64(0, BigInt(headerBytes.length), true);
    out.set(headerBytes, 8);
    let at = 8 + headerBytes.length;
    for (const t of tensors.values()) {
        const raw = dtype === "F32" ? t.data : f32ArrayToF16(t.data);
        const view = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
        out.set(view, at);
        at += view.length;
    }
    return out;
}
/** Parses a safetensors buffer; `file` names it in errors. */
export function decodeSafetensors(bytes, file = "<buffer>") {
    const fail = (problem) => {
        throw new TensorFileError({ file, format: "safetensors", problem });
    };
    if (bytes.length < 8)
        fail(`only ${bytes.length} bytes, shorter than the 8-byte header length`);
    const n = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
    if (n > MAX_HEADER || 8 + n > bytes.length)
        fail(`header length ${n} runs past the end of a ${bytes.length}-byte file (truncated?)`);
    let header;
    try {
        header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + n)));
    }
    catch (e) {
        fail(`header is not JSON (${e.message})`);
    }
    if (typeof header !== "object" || header === null || Array.isArray(header))
        return fail("header is not a JSON object");
    const dataStart = 8 + n;
    const dataLen = bytes.length - dataStart;
    const metadata = {};
    const tensors = new Map();
    const spans = [];
    for (const [name, raw] of Object.entries(header)) {
        if (name === "__metadata__") {
            for (const [k, v] of Object.entries((raw ?? {}))) {
                if (typeof v !== "string")
                    fail(`__metadata__.${k} is not a string`);
                metadata[k] = v;
            }
            continue;
        }
        const info = raw;
        const size = DTYPE_SIZE[String(info?.dtype)];
        if (!size)
            fail(`tensor ${name}: dtype ${JSON.stringify(info?.dtype)} is not one of F32, F16, BF16`);
        const shape = info.shape;
        if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0))
            return fail(`tensor ${name}: bad shape ${JSON.stringify(shape)}`);
        const off = info.data_offsets;
        if (!Array.isArray(off) || off.length !== 2 || !off.every((o) => Number.isInteger(o) && o >= 0))
            return fail(`tensor ${name}: bad data_offsets`);
        const [begin, end] = off;
        if (end - begin !== numel(shape) * size)
            fail(`tensor ${name}: data_offsets [${begin}, ${end}] do not hold shape [${shape}] of ${String(info.dtype)}`);
        if (end > dataLen)
            fail(`tensor ${name}: data ends at ${end} but only ${dataLen} data bytes follow the header (truncated?)`);
        spans.push([begin, end, name]);
        // a fresh copy, aligned for typed arrays (Buffer#slice would be a view of a pooled buffer)
        const slice = new Uint8Array(end - begin);
        slice.set(bytes.subarray(dataStart + begin, dataStart + end));
        const data = info.dtype === "F32" ? new Float32Array(slice.buffer) : info.dtype === "F16" ? f16ArrayToF32(new Uint16Array(slice.buffer)) : bf16ToF32(new Uint16Array(slice.buffer));
        tensors.set(name, { shape: shape, data });
    }
    // the format requires the tensors to tile the data section exactly: no holes, no overlaps
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let cursor = 0;
    for (const [begin, end, name] of spans) {
        if (begin !== cursor)
            fail(`tensor ${name} starts at ${begin}, expected ${cursor} (hole or overlap)`);
        cursor = end;
    }
    if (cursor !== dataLen)
        fail(`${dataLen - cursor} bytes after the last tensor (trailing garbage?)`);
    return { tensors, metadata };
}
function bf16ToF32(src) {
    const bits = new Uint32Array(src.length);
    for (let i = 0; i < src.length; i++)
        bits[i] = src[i] << 16;
    return new Float32Array(bits.buffer);
}
export async function writeSafetensors(path, tensors, opts = {}) {
    await writeFileAtomic(path, encodeSafetensors(tensors, opts));
}
export async function readSafetensors(path) {
    return decodeSafetensors(await readFile(path), path);
}
//# sourceMappingURL=safetensors.js.map