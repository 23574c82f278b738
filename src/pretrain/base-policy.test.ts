import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pretrainBasePolicy, slowBackendNotice } from "./base-policy.js";
import { kernels, useBackend } from "../engine/backend.js";
import { jsKernels } from "../engine/backends/js.js";

describe("pretraining on the pure-TypeScript backend", () => {
  it("says after its first updates how long the rest will take and what makes it fast", async () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-pretrain-"));
    const previous = kernels();
    const env = process.env.SWIRL_BACKEND;
    process.env.SWIRL_BACKEND = "js"; // the data-parallel worker threads choose their backend from it
    useBackend(jsKernels);
    const messages: string[] = [];
    try {
      await pretrainBasePolicy(dir, {
        preset: "tiny", contextLength: 256, qaQuestions: 12, mathQuestions: 12, steps: 4, batchSize: 4, merges: 50,
        world: { persons: 40, works: 12 }, curriculum: { qa: [], math: [] },
      }, (p) => { if (p.message) messages.push(p.message); });
    } finally {
      useBackend(previous);
      if (env === undefined) delete process.env.SWIRL_BACKEND;
      else process.env.SWIRL_BACKEND = env;
      rmSync(dir, { recursive: true, force: true });
    }
    const notice = messages.find((m) => m.startsWith("pure-TypeScript backend"));
    assert.ok(notice, `no estimate among ${JSON.stringify(messages)}`);
    assert.match(notice, /\d+\.\d s per update, about \d+ min for 4 updates\. The native addon needs only a C compiler/);
  });

  it("gives long estimates in hours", () => {
    assert.match(slowBackendNotice(4.04, 1900), /4\.0 s per update, about 2 h 8 min for 1900 updates/);
  });
});

describe("the base policy's shape", () => {
  const tinyRecipe = {
    preset: "tiny" as const, contextLength: 256, qaQuestions: 12, mathQuestions: 12, steps: 2, batchSize: 4, merges: 50,
    world: { persons: 40, works: 12 }, curriculum: { qa: [], math: [] },
  };

  it("replaces the preset's fields it names and keeps the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-shape-"));
    try {
      const { model } = await pretrainBasePolicy(dir, { ...tinyRecipe, shape: { layers: 1, heads: 8, kvHeads: 8 } });
      assert.equal(model.config.layers, 1);
      assert.equal(model.config.heads, 8);
      assert.equal(model.config.kvHeads, 8);
      assert.equal(model.config.dim, 32); // the tiny preset's
      assert.equal(model.config.contextLength, 256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a shape the model cannot have, naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-shape-"));
    try {
      await assert.rejects(pretrainBasePolicy(dir, { ...tinyRecipe, shape: { heads: 5 } }), /heads/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
