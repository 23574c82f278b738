import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CheckpointError } from "../errors/checkpoint-error.js";
import { Rng } from "../util/random.js";
import { loadCheckpoint, recoverCheckpoint, saveCheckpoint, type CheckpointContents } from "./checkpoint.js";
import type { TensorMap } from "./safetensors.js";
import { Tokenizer } from "./tokenizer.js";
import { syntheticCorpus } from "./tokenizer.fixture.js";

const tokenizer = Tokenizer.train(syntheticCorpus("ckpt", 300), { merges: 40 });

function tensors(seed: string, names: string[]): TensorMap {
  const rng = new Rng(seed);
  return new Map(names.map((n) => [n, { shape: [3, 5], data: Float32Array.from({ length: 15 }, () => rng.next() * 2 - 1) }]));
}

function contents(): CheckpointContents<{ dim: number; vocabSize: number }> {
  return {
    config: { dim: 5, vocabSize: tokenizer.vocabSize },
    tokenizer,
    weights: tensors("w", ["a.weight", "b.weight"]),
    optimizer: tensors("o", ["m.a.weight", "v.a.weight"]),
    trainState: { step: 123, lr: 0.001 },
  };
}

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), "swirl-ckpt-"));
  try {
    await fn(join(root, "ckpt"));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function expectCheckpointError(file: string, re: RegExp) {
  return (e: unknown): boolean => CheckpointError.isInstance(e) && e.file === file && re.test(e.message) && e.message.includes(file);
}

test("save → load round trip is bit-exact, optimizer state and step included", () =>
  withDir(async (dir) => {
    const c = contents();
    await saveCheckpoint(dir, c);
    const back = await loadCheckpoint(dir);
    assert.deepEqual(back.config, c.config);
    assert.deepEqual(back.trainState, c.trainState);
    assert.deepEqual(back.tokenizer.toJSON(), tokenizer.toJSON());
    for (const [map, orig] of [[back.weights, c.weights], [back.optimizer!, c.optimizer!]] as const) {
      for (const [k, v] of orig) assert.deepEqual(new Uint32Array(map.get(k)!.data.buffer), new Uint32Array(v.data.slice().buffer));
    }
    assert.deepEqual((await readdir(dir)).sort(), ["config.json", "manifest.json", "model.safetensors", "optimizer.safetensors", "tokenizer.json", "train_state.json"]);
  }));

test("saving over an existing checkpoint replaces it whole and leaves no temp folders", () =>
  withDir(async (dir) => {
    await saveCheckpoint(dir, contents());
    await saveCheckpoint(dir, { ...contents(), trainState: { step: 999 }, optimizer: undefined });
    const back = await loadCheckpoint(dir);
    assert.deepEqual(back.trainState, { step: 999 });
    assert.equal(back.optimizer, undefined);
    assert.deepEqual(await readdir(join(dir, "..")), ["ckpt"]);
  }));

test("a flipped byte in the weights is refused, naming the file and the checksum", () =>
  withDir(async (dir) => {
    await saveCheckpoint(dir, contents());
    const path = join(dir, "model.safetensors");
    const bytes = await readFile(path);
    bytes[bytes.length - 3]! ^= 0x40;
    await writeFile(path, bytes);
    await assert.rejects(loadCheckpoint(dir), expectCheckpointError("model.safetensors", /sha256 .* does not match/));
  }));

test("a truncated file is refused as truncated", () =>
  withDir(async (dir) => {
    await saveCheckpoint(dir, contents());
    await truncate(join(dir, "optimizer.safetensors"), 20);
    await assert.rejects(loadCheckpoint(dir), expectCheckpointError("optimizer.safetensors", /truncated/));
  }));

test("missing manifest, missing file and foreign manifest are refused", () =>
  withDir(async (dir) => {
    await saveCheckpoint(dir, contents());
    await rm(join(dir, "tokenizer.json"));
    await assert.rejects(loadCheckpoint(dir), expectCheckpointError("tokenizer.json", /missing/));
    await writeFile(join(dir, "manifest.json"), JSON.stringify({ format: "other", version: 7, files: {} }));
    await assert.rejects(loadCheckpoint(dir), expectCheckpointError("manifest.json", /unknown checkpoint format/));
    await rm(join(dir, "manifest.json"));
    await assert.rejects(loadCheckpoint(dir), expectCheckpointError("manifest.json", /missing/));
    await assert.rejects(loadCheckpoint(join(dir, "nope")), expectCheckpointError("", /does not exist/));
  }));

test("a config the caller's parser rejects is reported against config.json", () =>
  withDir(async (dir) => {
    await saveCheckpoint(dir, contents());
    const parseConfig = (raw: unknown) => {
      if ((raw as { dim: number }).dim !== 7) throw new Error("dim must be 7");
      return raw;
    };
    await assert.rejects(loadCheckpoint(dir, { parseConfig }), expectCheckpointError("config.json", /dim must be 7/));
  }));

test("recovery after a save cut between its two renames takes the newest complete checkpoint and clears the leftovers", () =>
  withDir(async (dir) => {
    // the state such a kill leaves: no `dir`, the previous checkpoint moved aside, the new one complete
    await saveCheckpoint(`${dir}.old-aaaa`, { ...contents(), trainState: { step: 10 } });
    await saveCheckpoint(`${dir}.tmp-bbbb`, { ...contents(), trainState: { step: 20 } });
    const r = await recoverCheckpoint(dir);
    assert.equal(r.dir, dir);
    assert.equal(r.from, `${dir}.tmp-bbbb`);
    assert.deepEqual((await loadCheckpoint(dir)).trainState, { step: 20 });
    assert.deepEqual(await readdir(join(dir, "..")), ["ckpt"]);
    // the new one incomplete (killed while writing it): the previous one is the newest complete
    await saveCheckpoint(`${dir}.tmp-cccc`, { ...contents(), trainState: { step: 30 } });
    await rm(join(`${dir}.tmp-cccc`, "manifest.json"));
    await saveCheckpoint(`${dir}.old-dddd`, { ...contents(), trainState: { step: 25 } });
    await rm(dir, { recursive: true });
    const again = await recoverCheckpoint(dir);
    assert.equal(again.from, `${dir}.old-dddd`);
    assert.equal(again.incomplete.length, 1);
    assert.deepEqual((await loadCheckpoint(dir)).trainState, { step: 25 });
    assert.deepEqual(await readdir(join(dir, "..")), ["ckpt"]);
  }));

test("recovery with nothing complete reports what it found and deletes nothing", () =>
  withDir(async (dir) => {
    assert.deepEqual(await recoverCheckpoint(dir), { incomplete: [] });
    await saveCheckpoint(`${dir}.tmp-eeee`, contents());
    await truncate(join(`${dir}.tmp-eeee`, "model.safetensors"), 10);
    const r = await recoverCheckpoint(dir);
    assert.equal(r.dir, undefined);
    assert.match(r.incomplete[0]!.problem, /truncated/);
    assert.deepEqual(await readdir(join(dir, "..")), ["ckpt.tmp-eeee"]);
  }));
