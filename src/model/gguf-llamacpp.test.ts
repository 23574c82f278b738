// Cross-check against an independent engine: llama.cpp itself, through node-llama-cpp (prebuilt
// CPU binary, threads: 1, no flash attention, F32 KV cache so nothing is rounded on its side).
//   1. its tokenizer reads our GGUF vocab and tokenises / detokenises exactly as ours does;
//   2. a small model trained for a few hundred steps, exported as f32, gives the same logits as
//      swirl's KV-cache forward at every position of several prompts (max |Δ| < 1e-3; measured
//      ~1e-5) and the same 64-token greedy continuation; exported as f16, the same argmax.
// Skips, saying why, only when node-llama-cpp cannot load its binary on this machine.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Llama, LlamaModel, Token } from "node-llama-cpp";
import { sftTrain } from "../train/sft.js";
import { Rng } from "../util/random.js";
import { presetConfig } from "./config.js";
import { exportGguf } from "./export-gguf.js";
import { generate } from "./generate.js";
import { expectedShapes, writeGguf } from "./gguf.js";
import { KVCache, forwardChunks } from "./infer.js";
import { Model } from "./model.js";
import { Tokenizer } from "./tokenizer.js";
import { randomUnicode, syntheticCorpus } from "./tokenizer.fixture.js";

const F32_TOLERANCE = 1e-3; // max |Δlogit|, absolute

/** The prebuilt CPU binary, never a download or a build; a string says why it cannot load. */
async function loadLlama(): Promise<Llama | string> {
  try {
    const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");
    return await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error, maxThreads: 1 });
  } catch (e) {
    return `node-llama-cpp cannot load here: ${(e as Error).message.split("\n")[0]}`;
  }
}

let llama: Llama | string = "not loaded";
let dir = "";
before(async () => {
  llama = await loadLlama();
  dir = await mkdtemp(join(tmpdir(), "swirl-llamacpp-"));
});
after(async () => {
  if (typeof llama !== "string") await llama.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function withModel(path: string, fn: (m: LlamaModel) => Promise<void>): Promise<void> {
  const m = await (llama as Llama).loadModel({ modelPath: path });
  try {
    await fn(m);
  } finally {
    await m.dispose();
  }
}

describe("GGUF export checked by llama.cpp", () => {
  it("tokenises and detokenises our GGUF vocab exactly as our tokenizer does", async (t) => {
    if (typeof llama === "string") return t.skip(llama);
    const tok = Tokenizer.train(syntheticCorpus("llamacpp", 2000), { merges: 400 });
    const config = { vocabSize: tok.vocabSize, dim: 16, layers: 1, heads: 2, kvHeads: 1, ffnDim: 32, contextLength: 64, ropeBase: 10000, normEps: 1e-5 };
    const tensors = new Map([...expectedShapes(config, true)].map(([name, shape]) => [name, { shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(0.01) }]));
    await writeGguf(join(dir, "vocab.gguf"), { config, tokenizer: tok, tensors, dtype: "f32" });
    await withModel(join(dir, "vocab.gguf"), async (model) => {
      const rng = new Rng("llamacpp-texts");
      const texts = ["Kalomir works for Draso Corp. <search_query>Draso Corp</search_query>", "don't 'the' a . b", "ab中文cd café 😀 €©×\n\n x", "<|user|>literal<|end|>"];
      for (let i = 0; i < 200; i++) texts.push(randomUnicode(rng, 25));
      for (const text of texts) {
        const ours = tok.encode(text);
        assert.deepEqual(Array.from(model.tokenize(text, false)), ours, JSON.stringify(text));
        assert.equal(model.detokenize(ours as Token[]), text);
      }
      assert.deepEqual(Array.from(model.tokenize("<|user|>hi<|end|>", true)), [tok.special("<|user|>"), ...tok.encode("hi"), tok.end]);
    });
  });

  describe("a trained model", () => {
    // dim 64, 2 layers, grouped KV heads (4 query heads share 2), untied so the output head is
    // exported as its own tensor too; ~300 SFT steps on synthetic-world sentences
    const tok = Tokenizer.train(syntheticCorpus("gguf-xcheck-tok", 3000), { merges: 300 });
    const model = new Model(presetConfig("tiny", tok.vocabSize, { dim: 64, ffnDim: 160, heads: 4, kvHeads: 2, contextLength: 128, tiedEmbeddings: false }), 7);
    const prompts = ["Kalomir Venbex works for", "Question: In which city was the founder of", "I need to find who founded Zanel Corp. <search", "Tu"]
      .map((p) => [tok.bos, ...tok.encode(p)]);
    let trainedLoss = NaN;

    before(() => {
      if (typeof llama === "string") return;
      // running text without end tokens (llama.cpp's sampler stops at end-of-generation tokens,
      // so the greedy continuation must not want one within 64 tokens)
      const sentences = syntheticCorpus("gguf-xcheck-train", 6000);
      const data = [];
      for (let i = 0; i + 2 <= sentences.length; i += 2) {
        const ids = Int32Array.from([tok.bos, ...tok.encode(sentences.slice(i, i + 2).join(" "))].slice(0, 64));
        data.push({ ids, lossMask: new Uint8Array(ids.length).fill(1) });
      }
      sftTrain(model, data, { steps: 300, batchSize: 8, lr: 3e-3, padId: tok.pad, seed: 1, onStep: (m) => (trainedLoss = m["loss/total"]) });
    });

    /** swirl's logits at every position of `ids` (prefill through the KV-cache path). */
    const swirlLogits = (ids: number[]): Float32Array => forwardChunks(model, [{ cache: new KVCache(model), ids }], "all");

    /** llama.cpp's logits at every position of `ids`, full vocabulary, as rows like swirl's. */
    async function llamaLogits(m: LlamaModel, ids: number[]): Promise<Float32Array> {
      const V = model.config.vocabSize;
      const ctx = await m.createContext({ contextSize: 128, threads: 1, flashAttention: false, experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32" });
      try {
        const seq = ctx.getSequence();
        const res = await seq.controlledEvaluate(ids.map((id) => [id as Token, { generateNext: { logits: true } }]));
        const out = new Float32Array(ids.length * V);
        res.forEach((r, i) => {
          const logits = r?.next?.logits;
          assert.ok(logits && logits.size === V, `llama.cpp gave ${logits?.size} logits at position ${i}, expected ${V}`);
          for (const [id, v] of logits) out[i * V + id] = v;
        });
        return out;
      } finally {
        await ctx.dispose();
      }
    }

    async function llamaGreedy(m: LlamaModel, ids: number[], n: number): Promise<number[]> {
      const ctx = await m.createContext({ contextSize: 128, threads: 1, flashAttention: false, experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32" });
      try {
        const out: number[] = [];
        for await (const id of ctx.getSequence().evaluate(ids as Token[], { temperature: 0 })) {
          out.push(id);
          if (out.length === n) break;
        }
        return out;
      } finally {
        await ctx.dispose();
      }
    }

    const argmaxRows = (x: Float32Array, V: number): number[] =>
      Array.from({ length: x.length / V }, (_, r) => {
        let best = 0;
        for (let i = 1; i < V; i++) if (x[r * V + i] > x[r * V + best]) best = i;
        return best;
      });

    it("learned a peaked distribution (so greedy decoding is decided by clear margins)", (t) => {
      if (typeof llama === "string") return t.skip(llama);
      t.diagnostic(`training loss after 300 steps: ${trainedLoss.toFixed(3)}`);
      assert.ok(trainedLoss < 2.5, `loss after training ${trainedLoss}`);
    });

    /** Max |Δlogit| over every position of every prompt; asserts the argmax agrees everywhere. */
    async function compareLogits(path: string): Promise<number> {
      let worst = 0;
      await withModel(path, async (m) => {
        for (const ids of prompts) {
          const ours = swirlLogits(ids);
          const theirs = await llamaLogits(m, ids);
          for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
          assert.deepEqual(argmaxRows(theirs, model.config.vocabSize), argmaxRows(ours, model.config.vocabSize));
        }
      });
      return worst;
    }

    it(`gives llama.cpp's logits within ${F32_TOLERANCE} at every prompt position (f32 export)`, async (t) => {
      if (typeof llama === "string") return t.skip(llama);
      const path = join(dir, "trained-f32.gguf");
      await exportGguf(model, tok, path, "f32");
      const worst = await compareLogits(path);
      t.diagnostic(`max |Δlogit| swirl vs llama.cpp, f32: ${worst.toExponential(2)}`);
      assert.ok(worst < F32_TOLERANCE, `max |Δlogit| ${worst}`);
    });

    it("continues each prompt greedily for 64 tokens exactly as llama.cpp does (f32 export)", async (t) => {
      if (typeof llama === "string") return t.skip(llama);
      await withModel(join(dir, "trained-f32.gguf"), async (m) => {
        const ours = generate(model, tok, prompts, { maxNewTokens: 64, temperature: 0 });
        for (const [i, ids] of prompts.entries()) {
          const theirs = await llamaGreedy(m, ids, 64);
          assert.equal(ours[i].ids.length, 64);
          assert.deepEqual(ours[i].ids, theirs, `prompt ${i}: ${JSON.stringify(tok.decode(ids))}`);
        }
        t.diagnostic(`e.g. ${JSON.stringify(tok.decode(prompts[0]) + tok.decode(ours[0].ids))}`);
      });
    });

    it("loads the f16 export and picks the same argmax at every prompt position", async (t) => {
      if (typeof llama === "string") return t.skip(llama);
      const path = join(dir, "trained-f16.gguf");
      await exportGguf(model, tok, path, "f16");
      const worst = await compareLogits(path);
      t.diagnostic(`max |Δlogit| swirl f32 vs llama.cpp f16: ${worst.toExponential(2)}`);
    });
  });
});
