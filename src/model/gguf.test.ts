import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TensorFileError } from "../errors/tensor-file-error.js";
import { f16BitsToF32, f32ToF16Bits } from "../util/f16.js";
import { Rng } from "../util/random.js";
import { GGML_TYPE, parseGguf } from "./gguf-format.js";
import { GGUF_TOKEN_TYPE, gpt2ByteToChar } from "./gguf-vocab.js";
import { expectedShapes, readGguf, writeGguf, type GgufLlamaConfig } from "./gguf.js";
import type { TensorMap } from "./safetensors.js";
import { Tokenizer } from "./tokenizer.js";
import { syntheticCorpus } from "./tokenizer.fixture.js";

const tokenizer = Tokenizer.train(syntheticCorpus("gguf", 500), { merges: 60 });
const config: GgufLlamaConfig = { vocabSize: tokenizer.vocabSize + 3, dim: 16, layers: 2, heads: 4, kvHeads: 2, ffnDim: 24, contextLength: 64, ropeBase: 10000, normEps: 1e-5 };

function randomTensors(tied: boolean): TensorMap {
  const rng = new Rng("gguf-weights");
  const m: TensorMap = new Map();
  for (const [name, shape] of expectedShapes(config, tied)) {
    const n = shape.reduce((a, b) => a * b, 1);
    m.set(name, { shape, data: Float32Array.from({ length: n }, () => rng.next() - 0.5) });
  }
  return m;
}

async function withTmp(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "swirl-gguf-"));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test("f32 write → read: llama metadata, tokenizer arrays, reversed dims, aligned offsets, exact data", () =>
  withTmp(async (dir) => {
    const tensors = randomTensors(false);
    await writeGguf(join(dir, "m.gguf"), { config, tokenizer, tensors, dtype: "f32", name: "tiny" });
    const g = await readGguf(join(dir, "m.gguf"));
    const meta = (k: string) => g.metadata.get(k)?.value;
    assert.equal(g.version, 3);
    assert.equal(meta("general.architecture"), "llama");
    assert.equal(meta("general.name"), "tiny");
    assert.equal(meta("llama.block_count"), 2);
    assert.equal(meta("llama.attention.head_count_kv"), 2);
    assert.equal(meta("llama.rope.dimension_count"), 4);
    assert.equal(meta("llama.feed_forward_length"), 24);
    assert.ok(Math.abs((meta("llama.attention.layer_norm_rms_epsilon") as number) - 1e-5) < 1e-10);
    assert.equal(meta("tokenizer.ggml.model"), "gpt2");
    assert.equal(meta("tokenizer.ggml.pre"), "deepseek-coder");
    assert.equal(meta("tokenizer.ggml.add_bos_token"), false);
    assert.equal(meta("tokenizer.ggml.eot_token_id"), tokenizer.end);
    const tokens = meta("tokenizer.ggml.tokens") as string[];
    const types = meta("tokenizer.ggml.token_type") as number[];
    assert.equal(tokens.length, config.vocabSize);
    assert.equal(tokens[32], "Ġ"); // space in GPT-2's byte map
    assert.equal(tokens[10], "Ċ");
    assert.equal(tokens[65], "A");
    assert.equal(tokens[tokenizer.end], "<|end|>");
    assert.equal(types[tokenizer.end], GGUF_TOKEN_TYPE.control);
    assert.equal(types[0], GGUF_TOKEN_TYPE.normal);
    assert.equal(types[config.vocabSize - 1], GGUF_TOKEN_TYPE.unused);
    const merges = meta("tokenizer.ggml.merges") as string[];
    assert.equal(merges.length, tokenizer.merges.length);
    assert.equal(merges[0]!.split(" ").length, 2);
    assert.equal(g.tensors.length, tensors.size);
    for (const info of g.tensors) {
      assert.equal(info.offset % 32, 0);
      assert.equal(info.type, GGML_TYPE.F32);
      assert.deepEqual([...info.dims].reverse(), tensors.get(info.name)!.shape);
      assert.deepEqual(g.tensor(info.name).data, tensors.get(info.name)!.data);
    }
    assert.deepEqual(g.tensors.find((t) => t.name === "blk.0.attn_k.weight")!.dims, [16, 8]); // ne0 = in = dim
    assert.equal(g.dataOffset % 32, 0);
  }));

test("f16 export halves matrices, keeps norms f32, and omits output.weight when tied", () =>
  withTmp(async (dir) => {
    const tensors = randomTensors(true);
    await writeGguf(join(dir, "m.gguf"), { config, tokenizer, tensors, dtype: "f16" });
    const g = await readGguf(join(dir, "m.gguf"));
    assert.equal(g.metadata.get("general.file_type")?.value, 1);
    assert.ok(!g.tensors.some((t) => t.name === "output.weight"));
    for (const info of g.tensors) {
      const src = tensors.get(info.name)!;
      const isNorm = src.shape.length === 1;
      assert.equal(info.type, isNorm ? GGML_TYPE.F32 : GGML_TYPE.F16, info.name);
      const back = g.tensor(info.name).data;
      for (let i = 0; i < back.length; i++) assert.equal(back[i], isNorm ? src.data[i] : f16BitsToF32(f32ToF16Bits(src.data[i]!)));
    }
  }));

test("missing, extra or misshapen tensors are refused before anything is written", () =>
  withTmp(async (dir) => {
    const base = randomTensors(true);
    const missing = new Map(base);
    missing.delete("blk.1.ffn_up.weight");
    await assert.rejects(writeGguf(join(dir, "a.gguf"), { config, tokenizer, tensors: missing, dtype: "f32" }), /missing tensor blk\.1\.ffn_up/);
    const extra = new Map(base).set("blk.0.wq", { shape: [1], data: new Float32Array(1) });
    await assert.rejects(writeGguf(join(dir, "b.gguf"), { config, tokenizer, tensors: extra, dtype: "f32" }), /unexpected tensor blk\.0\.wq/);
    const wrong = new Map(base).set("blk.0.attn_k.weight", { shape: [16, 8], data: new Float32Array(128) });
    await assert.rejects(writeGguf(join(dir, "c.gguf"), { config, tokenizer, tensors: wrong, dtype: "f32" }), /expected \[8,16\]/);
  }));

test("a truncated GGUF is refused by the parser with its reason", () =>
  withTmp(async (dir) => {
    await writeGguf(join(dir, "m.gguf"), { config, tokenizer, tensors: randomTensors(true), dtype: "f32" });
    const bytes = await readFile(join(dir, "m.gguf"));
    assert.throws(() => parseGguf(bytes.subarray(0, 500), "m.gguf"), (e: unknown) => TensorFileError.isInstance(e) && /truncated/.test(e.message));
    const bad = Buffer.from(bytes);
    bad.write("XXXX", 0);
    await writeFile(join(dir, "bad.gguf"), bad);
    await assert.rejects(readGguf(join(dir, "bad.gguf")), /magic/);
  }));

test("GPT-2 byte map is a bijection onto 256 distinct printable characters", () => {
  const chars = gpt2ByteToChar();
  assert.equal(new Set(chars).size, 256);
  assert.ok(chars.every((c) => !/\s/u.test(c)));
});
