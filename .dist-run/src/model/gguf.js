/**
 * GGUF export of the embedded model for llama.cpp (and Ollama, node-llama-cpp): architecture
 * "llama", f32 or f16 weights, and our tokenizer as a byte-level BPE vocab (gguf-vocab.ts).
 *
 * Tensors come in already named the llama.cpp way, with row-major shapes as our engine holds
 * them, [out, in] for a weight matrix (PyTorch's convention):
 *   token_embd.weight [vocab, dim]     output_norm.weight [dim]     output.weight [vocab, dim] (absent = tied)
 *   blk.N.attn_norm.weight [dim]       blk.N.attn_q.weight [dim, dim]   blk.N.attn_k/v.weight [kvDim, dim]
 *   blk.N.attn_output.weight [dim, dim]  blk.N.ffn_norm.weight [dim]
 *   blk.N.ffn_gate/ffn_up.weight [ffn, dim]  blk.N.ffn_down.weight [dim, ffn]
 * GGUF stores dims innermost first, so a row-major [out, in] becomes ne = [in, out] with the
 * same bytes. Our rotary embedding rotates adjacent pairs (2i, 2i+1), which is llama.cpp's
 * normal rope mode for arch llama, so Q and K need no permutation (HF checkpoints need one
 * only because HF rotates the two halves of a head).
 */
import { open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { f16ArrayToF32, f32ArrayToF16 } from "../util/f16.js";
import { fsyncDir, tempName } from "./checkpoint-fs.js";
import { encodeGgufHeader, GGML_TYPE, GGUF_DEFAULT_ALIGNMENT, parseGguf } from "./gguf-format.js";
import { GGUF_TOKENIZER_MODEL, GGUF_TOKENIZER_PRE, ggufVocab } from "./gguf-vocab.js";
import { numel } from "./safetensors.js";
/** Row-major shapes every tensor must have, by llama.cpp name. */
export function expectedShapes(c, tied) {
    const kvDim = (c.dim / c.heads) * c.kvHeads;
    const m = new Map([["token_embd.weight", [c.vocabSize, c.dim]], ["output_norm.weight", [c.dim]]]);
    if (!tied)
        m.set("output.weight", [c.vocabSize, c.dim]);
    for (let i = 0; i < c.layers; i++) {
        const p = `blk.${i}.`;
        m.set(p + "attn_norm.weight", [c.dim]);
        m.set(p + "attn_q.weight", [c.dim, c.dim]);
        m.set(p + "attn_k.weight", [kvDim, c.dim]);
        m.set(p + "attn_v.weight", [kvDim, c.dim]);
        m.set(p + "attn_output.weight", [c.dim, c.dim]);
        m.set(p + "ffn_norm.weight", [c.dim]);
        m.set(p + "ffn_gate.weight", [c.ffnDim, c.dim]);
        m.set(p + "ffn_up.weight", [c.ffnDim, c.dim]);
        m.set(p + "ffn_down.weight", [c.dim, c.ffnDim]);
    }
    return m;
}
function metadataFor(o) {
    const c = o.config;
    const t = o.tokenizer;
    const vocab = ggufVocab(t, c.vocabSize);
    const u32 = (value) => ({ type: "u32", value });
    const f32 = (value) => ({ type: "f32", value });
    const str = (value) => ({ type: "string", value });
    return new Map([
        ["general.architecture", str("llama")],
        ["general.name", str(o.name ?? "swirl")],
        ["general.alignment", u32(GGUF_DEFAULT_ALIGNMENT)],
        ["general.file_type", u32(o.dtype === "f16" ? 1 : 0)], // LLAMA_FTYPE_MOSTLY_F16 / ALL_F32
        ["llama.context_length", u32(c.contextLength)],
        ["llama.embedding_length", u32(c.dim)],
        ["llama.block_count", u32(c.layers)],
        ["llama.feed_forward_length", u32(c.ffnDim)],
        ["llama.attention.head_count", u32(c.heads)],
        ["llama.attention.head_count_kv", u32(c.kvHeads)],
        ["llama.rope.dimension_count", u32(c.dim / c.heads)],
        ["llama.rope.freq_base", f32(c.ropeBase)],
        ["llama.attention.layer_norm_rms_epsilon", f32(c.normEps)],
        ["llama.vocab_size", u32(c.vocabSize)],
        ["tokenizer.ggml.model", str(GGUF_TOKENIZER_MODEL)],
        ["tokenizer.ggml.pre", str(GGUF_TOKENIZER_PRE)],
        ["tokenizer.ggml.tokens", { type: "array", itemType: "string", value: vocab.tokens }],
        ["tokenizer.ggml.token_type", { type: "array", itemType: "i32", value: vocab.tokenTypes }],
        ["tokenizer.ggml.merges", { type: "array", itemType: "string", value: vocab.merges }],
        ["tokenizer.ggml.bos_token_id", u32(t.bos)],
        ["tokenizer.ggml.eos_token_id", u32(t.eos)],
        ["tokenizer.ggml.eot_token_id", u32(t.end)], // end of turn: generation stops on it too
        ["tokenizer.ggml.padding_token_id", u32(t.pad)],
        ["tokenizer.ggml.add_bos_token", { type: "bool", value: false }], // the chat format places <|bos|>
        ["tokenizer.ggml.add_eos_token", { type: "bool", value: false }],
    ]);
}
/** Writes a GGUF file atomically (temp file + fsync + rename). Throws on a missing, extra or misshapen tensor. */
export async function writeGguf(path, o) {
    const c = o.config;
    if (c.dim % c.heads !== 0 || c.heads % c.kvHeads !== 0)
        throw new Error(`gguf: heads ${c.heads} / kvHeads ${c.kvHeads} do not divide dim ${c.dim}`);
    const expected = expectedShapes(c, !o.tensors.has("output.weight"));
    for (const [name, shape] of expected) {
        const t = o.tensors.get(name);
        if (!t)
            throw new Error(`gguf: missing tensor ${name}`);
        if (t.shape.join() !== shape.join() || t.data.length !== numel(shape)) {
            throw new Error(`gguf: tensor ${name} has shape [${t.shape}] (${t.data.length} values), expected [${shape}]`);
        }
    }
    for (const name of o.tensors.keys())
        if (!expected.has(name))
            throw new Error(`gguf: unexpected tensor ${name} (not a llama.cpp llama tensor name)`);
    const align = GGUF_DEFAULT_ALIGNMENT;
    const infos = [];
    const blobs = [];
    let offset = 0;
    for (const [name] of expected) {
        const t = o.tensors.get(name);
        const half = o.dtype === "f16" && t.shape.length >= 2;
        const raw = half ? f32ArrayToF16(t.data) : t.data;
        infos.push({ name, dims: [...t.shape].reverse(), type: half ? GGML_TYPE.F16 : GGML_TYPE.F32, offset });
        blobs.push(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
        offset += Math.ceil(raw.byteLength / align) * align;
    }
    const header = encodeGgufHeader(metadataFor(o), infos, align);
    const tmp = tempName(path);
    const fh = await open(tmp, "w");
    try {
        await fh.write(header);
        const zeros = new Uint8Array(align);
        for (const b of blobs) {
            await fh.write(b);
            const pad = (align - (b.length % align)) % align;
            if (pad)
                await fh.write(zeros, 0, pad);
        }
        await fh.sync();
        await fh.close();
        await rename(tmp, path);
    }
    catch (e) {
        await fh.close().catch(() => undefined);
        await rm(tmp, { force: true });
        throw e;
    }
    await fsyncDir(dirname(path));
}
/** Reads a GGUF file: header, metadata, tensor infos, and tensor data on demand. */
export async function readGguf(path) {
    const bytes = await readFile(path);
    const parsed = parseGguf(bytes, path);
    return {
        ...parsed,
        tensor(name) {
            const info = parsed.tensors.find((t) => t.name === name);
            if (!info)
                throw new Error(`gguf: ${path} has no tensor ${name}`);
            const n = numel(info.dims);
            const start = parsed.dataOffset + info.offset;
            const size = info.type === GGML_TYPE.F32 ? 4 : info.type === GGML_TYPE.F16 ? 2 : 0;
            if (!size)
                throw new Error(`gguf: tensor ${name} has ggml type ${info.type}; only F32 and F16 are read`);
            if (start + n * size > bytes.length)
                throw new Error(`gguf: ${path}: tensor ${name} runs past the end of the file (truncated?)`);
            const copy = new Uint8Array(n * size);
            copy.set(bytes.subarray(start, start + n * size));
            const data = size === 4 ? new Float32Array(copy.buffer) : f16ArrayToF32(new Uint16Array(copy.buffer));
            return { shape: [...info.dims].reverse(), data };
        },
    };
}
//# sourceMappingURL=gguf.js.map