// Cross-check of the GGUF vocab against llama.cpp itself (through node-llama-cpp, threads: 1):
// the tokenizer must tokenise and detokenise exactly as ours does. Skips when node-llama-cpp is
// not installed or cannot load its prebuilt binary here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Rng } from "../util/random.js";
import { expectedShapes, writeGguf } from "./gguf.js";
import { Tokenizer } from "./tokenizer.js";
import { randomUnicode, syntheticCorpus } from "./tokenizer-fixtures.js";

interface LlamaModelLike {
  tokenize(text: string, specialTokens?: boolean): readonly number[];
  detokenize(tokens: readonly number[]): string;
  dispose(): Promise<void>;
}
interface LlamaLike {
  loadModel(o: { modelPath: string }): Promise<LlamaModelLike>;
  dispose(): Promise<void>;
}

async function loadLlama(): Promise<LlamaLike | string> {
  const pkg = "node-llama-cpp"; // not a dependency: resolved at run time only
  try {
    const mod = (await import(pkg)) as { getLlama(o: object): Promise<LlamaLike> };
    return await mod.getLlama({ gpu: false, build: "never", logLevel: "error", maxThreads: 1 });
  } catch (e) {
    return `node-llama-cpp unavailable: ${(e as Error).message.split("\n")[0]}`;
  }
}

test("llama.cpp tokenises and detokenises our GGUF vocab exactly as our tokenizer does", async (t) => {
  const llama = await loadLlama();
  if (typeof llama === "string") return t.skip(llama);
  const dir = await mkdtemp(join(tmpdir(), "swirl-llamacpp-"));
  try {
    const tok = Tokenizer.train(syntheticCorpus("llamacpp", 2000), { merges: 400 });
    const config = { vocabSize: tok.vocabSize, dim: 16, layers: 1, heads: 2, kvHeads: 1, ffnDim: 32, contextLength: 64, ropeBase: 10000, normEps: 1e-5 };
    const tensors = new Map([...expectedShapes(config, true)].map(([name, shape]) => [name, { shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(0.01) }]));
    await writeGguf(join(dir, "t.gguf"), { config, tokenizer: tok, tensors, dtype: "f32" });
    const model = await llama.loadModel({ modelPath: join(dir, "t.gguf") });
    try {
      const rng = new Rng("llamacpp-texts");
      const texts = ["Kalomir works for Draso Corp. <search_query>Draso Corp</search_query>", "don't 'the' a . b", "ab中文cd café 😀 €©×\n\n x", "<|user|>literal<|end|>"];
      for (let i = 0; i < 200; i++) texts.push(randomUnicode(rng, 25));
      for (const text of texts) {
        const ours = tok.encode(text);
        assert.deepEqual(Array.from(model.tokenize(text, false)), ours, JSON.stringify(text));
        assert.equal(model.detokenize(ours), text);
      }
      assert.deepEqual(Array.from(model.tokenize("<|user|>hi<|end|>", true)), [tok.special("<|user|>"), ...tok.encode("hi"), tok.end]);
    } finally {
      await model.dispose();
    }
  } finally {
    await llama.dispose();
    await rm(dir, { recursive: true, force: true });
  }
});
