import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportGgufCommand } from "../cli/export-gguf.js";
import { presetConfig } from "./config.js";
import { loadGgufWeights } from "./export-gguf.js";
import { readGguf } from "./gguf.js";
import { saveModel } from "./io.js";
import { Model } from "./model.js";
import { Tokenizer } from "./tokenizer.js";
import { syntheticCorpus } from "./tokenizer.fixture.js";

describe("swirl export-gguf", () => {
  it("writes a checkpoint as GGUF whose tensors read back exactly (f32) and load into a fresh model", async () => {
    const dir = await mkdtemp(join(tmpdir(), "swirl-export-gguf-"));
    const log = console.log;
    try {
      const tok = Tokenizer.train(syntheticCorpus("export-gguf", 300), { merges: 50 });
      const model = new Model(presetConfig("tiny", tok.vocabSize, { tiedEmbeddings: false }), 4);
      await saveModel(join(dir, "ck"), model, tok);
      console.log = () => undefined;
      await exportGgufCommand({ checkpoint: join(dir, "ck"), out: join(dir, "m32.gguf"), dtype: "f32" });
      await exportGgufCommand({ checkpoint: join(dir, "ck"), out: join(dir, "m16.gguf"), dtype: "f16" });
      console.log = log;
      const g = await readGguf(join(dir, "m32.gguf"));
      assert.equal(g.metadata.get("general.architecture")?.value, "llama");
      assert.equal(g.metadata.get("llama.attention.head_count_kv")?.value, 2);
      for (const [name, t] of model.namedParameters()) assert.deepEqual(g.tensor(name).data, t.data, name);
      assert.ok(statSync(join(dir, "m16.gguf")).size < 0.6 * statSync(join(dir, "m32.gguf")).size);
      const back = new Model(model.config, 99);
      await loadGgufWeights(back, join(dir, "m32.gguf"));
      assert.deepEqual(back.output.data, model.output.data);
      await assert.rejects(exportGgufCommand({ checkpoint: join(dir, "ck"), out: join(dir, "x.gguf"), dtype: "q8" }), /--dtype/);
      await assert.rejects(loadGgufWeights(new Model(presetConfig("tiny", tok.vocabSize, { dim: 64 })), join(dir, "m32.gguf")), /embedding_length/);
    } finally {
      console.log = log;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
