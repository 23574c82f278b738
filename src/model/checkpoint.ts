/**
 * Checkpoints: one folder per checkpoint, everything needed to use or resume a model.
 *
 *   model.safetensors   weights (F32 by default, so save → load is bit-exact)
 *   config.json         the model config, whatever JSON the caller gives
 *   tokenizer.json      Tokenizer.toJSON()
 *   optimizer.safetensors, train_state.json   optional: optimizer moments and step, to resume
 *   manifest.json       format, version and the sha256 and size of every file above
 *
 * The folder is written whole into `<dir>.tmp-xxxx` (every file fsynced) and renamed into
 * place; an existing checkpoint stays intact until the new one is complete (it is moved aside to
 * `<dir>.old-xxxx` for the instant between two renames, then deleted). A kill in that instant
 * leaves no `<dir>`: `recoverCheckpoint` puts the newest complete candidate back. Loading
 * verifies every checksum before parsing anything, and any fault is a CheckpointError naming
 * the file and the problem.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { CheckpointError } from "../errors/checkpoint-error.js";
import { fsyncDir, tempName, writeFileAtomic } from "./checkpoint-fs.js";
import { decodeSafetensors, encodeSafetensors, type SafetensorsDtype, type TensorMap } from "./safetensors.js";
import { Tokenizer } from "./tokenizer.js";

export interface CheckpointContents<C = unknown> {
  /** The model config (any JSON-able value). */
  readonly config: C;
  readonly tokenizer: Tokenizer;
  readonly weights: TensorMap;
  /** Optimizer state as named tensors (e.g. "m.<param>", "v.<param>"), for resuming training. */
  readonly optimizer?: TensorMap;
  /** Training progress (step, learning-rate schedule position, RNG state…), for resuming. */
  readonly trainState?: Readonly<Record<string, unknown>>;
}

export interface CheckpointManifest {
  readonly format: "swirl-checkpoint";
  readonly version: 1;
  readonly created: string;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}

export interface LoadedCheckpoint<C = unknown> extends CheckpointContents<C> {
  readonly manifest: CheckpointManifest;
}

const MANIFEST = "manifest.json";
const REQUIRED = ["model.safetensors", "config.json", "tokenizer.json"];

/** Writes a checkpoint folder atomically (see the header). `dtype` applies to weights only. */
export async function saveCheckpoint<C>(dir: string, contents: CheckpointContents<C>, opts: { dtype?: SafetensorsDtype } = {}): Promise<void> {
  const files = new Map<string, Uint8Array>();
  const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v, null, 2) + "\n");
  files.set("model.safetensors", encodeSafetensors(contents.weights, { dtype: opts.dtype ?? "F32" }));
  files.set("config.json", json(contents.config));
  files.set("tokenizer.json", json(contents.tokenizer.toJSON()));
  if (contents.optimizer) files.set("optimizer.safetensors", encodeSafetensors(contents.optimizer));
  if (contents.trainState) files.set("train_state.json", json(contents.trainState));
  const manifest: CheckpointManifest = {
    format: "swirl-checkpoint",
    version: 1,
    created: new Date().toISOString(),
    files: Object.fromEntries([...files].map(([name, data]) => [name, { sha256: sha256(data), bytes: data.length }])),
  };
  files.set(MANIFEST, json(manifest));

  await mkdir(dirname(dir), { recursive: true });
  const tmp = tempName(dir);
  try {
    await mkdir(tmp);
    for (const [name, data] of files) await writeFileAtomic(`${tmp}/${name}`, data);
    await fsyncDir(tmp);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = (await exists(dir)) ? tempName(dir, "old") : undefined;
  if (old) await rename(dir, old);
  try {
    await rename(tmp, dir);
  } catch (e) {
    if (old) await rename(old, dir); // put the previous checkpoint back
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  await fsyncDir(dirname(dir));
  if (old) await rm(old, { recursive: true, force: true });
}

/**
 * Loads and verifies a checkpoint. `parseConfig` may validate the config (e.g. a zod parse);
 * whatever it throws is reported as a problem with config.json.
 */
export async function loadCheckpoint<C = unknown>(dir: string, opts: { parseConfig?: (raw: unknown) => C } = {}): Promise<LoadedCheckpoint<C>> {
  const fail = (file: string, problem: string, cause?: unknown): never => {
    throw new CheckpointError({ dir, file, problem, cause });
  };
  if (!(await exists(dir))) {
    const prefix = `${basename(dir)}.old-`;
    const left = (await readdir(dirname(dir)).catch(() => [] as string[])).filter((n) => n.startsWith(prefix));
    const hint = left.length ? `; an interrupted save left the previous checkpoint at ${dirname(dir)}/${left[0]}` : "";
    fail("", `folder does not exist${hint}`);
  }
  const manifestText = await readFile(`${dir}/${MANIFEST}`, "utf8").catch((e: unknown) => fail(MANIFEST, "missing: not a checkpoint folder, or an incomplete one", e));
  const manifest = parseJson(manifestText, (e) => fail(MANIFEST, "is not valid JSON", e)) as CheckpointManifest;
  if (manifest?.format !== "swirl-checkpoint" || manifest.version !== 1 || typeof manifest.files !== "object") {
    fail(MANIFEST, `unknown checkpoint format ${JSON.stringify(manifest?.format)} version ${JSON.stringify(manifest?.version)}`);
  }
  for (const name of REQUIRED) if (!manifest.files[name]) fail(MANIFEST, `does not list ${name}`);

  const data = new Map<string, Uint8Array>();
  for (const [name, want] of Object.entries(manifest.files)) {
    const bytes = await readFile(`${dir}/${name}`).catch((e: unknown) => fail(name, "listed in the manifest but missing", e));
    if (bytes.length !== want.bytes) fail(name, `is ${bytes.length} bytes, the manifest says ${want.bytes} (truncated or replaced)`);
    const got = sha256(bytes);
    if (got !== want.sha256) fail(name, `sha256 ${got.slice(0, 12)}… does not match the manifest's ${want.sha256.slice(0, 12)}… (corrupt)`);
    data.set(name, bytes);
  }

  const text = (name: string): string => new TextDecoder().decode(data.get(name));
  const tensors = (name: string): TensorMap => {
    try {
      return decodeSafetensors(data.get(name)!, `${dir}/${name}`).tensors;
    } catch (e) {
      return fail(name, (e as Error).message, e);
    }
  };
  const rawConfig = parseJson(text("config.json"), (e) => fail("config.json", "is not valid JSON", e));
  let config: C;
  try {
    config = opts.parseConfig ? opts.parseConfig(rawConfig) : (rawConfig as C);
  } catch (e) {
    return fail("config.json", `does not fit the expected config: ${(e as Error).message}`, e);
  }
  let tokenizer: Tokenizer;
  try {
    tokenizer = Tokenizer.fromJSON(text("tokenizer.json"));
  } catch (e) {
    return fail("tokenizer.json", (e as Error).message, e);
  }
  const weights = tensors("model.safetensors");
  const optimizer = data.has("optimizer.safetensors") ? tensors("optimizer.safetensors") : undefined;
  const trainState = data.has("train_state.json")
    ? (parseJson(text("train_state.json"), (e) => fail("train_state.json", "is not valid JSON", e)) as Record<string, unknown>)
    : undefined;
  return { config, tokenizer, weights, manifest, ...(optimizer ? { optimizer } : {}), ...(trainState ? { trainState } : {}) };
}

export interface Recovery {
  /** `dir` when a complete checkpoint is (now) there, else undefined. */
  readonly dir?: string;
  /** The folder it came from when that was a leftover of an interrupted save. */
  readonly from?: string;
  /** Candidates that failed verification, with why (deleted only when a complete one was found). */
  readonly incomplete: readonly { readonly path: string; readonly problem: string }[];
}

/**
 * Makes `dir` the newest complete checkpoint among `dir` and the leftovers of an interrupted
 * save (`<dir>.tmp-*`, `<dir>.old-*`), newest by the step in train_state.json, then by creation
 * time, and deletes the rest. Only for a folder no other process is saving into.
 */
export async function recoverCheckpoint(dir: string): Promise<Recovery> {
  const parent = dirname(dir);
  const name = basename(dir);
  const leftovers = (await readdir(parent).catch(() => [] as string[]))
    .filter((n) => n.startsWith(`${name}.tmp-`) || n.startsWith(`${name}.old-`))
    .map((n) => `${parent}/${n}`);
  const candidates = [...((await exists(dir)) ? [dir] : []), ...leftovers];
  const complete: { path: string; step: number; created: string }[] = [];
  const incomplete: { path: string; problem: string }[] = [];
  for (const path of candidates) {
    try {
      const ck = await loadCheckpoint(path);
      complete.push({ path, step: Number(ck.trainState?.step ?? -1), created: ck.manifest.created });
    } catch (e) {
      incomplete.push({ path, problem: (e as Error).message });
    }
  }
  // stable sort: on a tie `dir` (listed first) wins
  complete.sort((a, b) => b.step - a.step || (b.created > a.created ? 1 : b.created < a.created ? -1 : 0));
  const best = complete[0];
  if (!best) return { incomplete };
  if (best.path !== dir) {
    if (await exists(dir)) await rename(dir, tempName(dir, "old"));
    await rename(best.path, dir);
    await fsyncDir(parent);
  }
  const left = (await readdir(parent)).filter((n) => n.startsWith(`${name}.tmp-`) || n.startsWith(`${name}.old-`));
  for (const n of left) await rm(`${parent}/${n}`, { recursive: true, force: true });
  return { dir, ...(best.path !== dir ? { from: best.path } : {}), incomplete };
}

function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function parseJson(text: string, onError: (e: unknown) => never): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return onError(e);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
