/**
 * Checkpoints: one folder per checkpoint, everything needed to use or resume a model.
 *
 *   model.safetensors   weights (F32 by default, so save → load is bit-exact)
 *   config.json         the model config, whatever JSON the caller gives
 *   tokenizer.json      Tokenizer.toJSON()
 *   optimizer.safetensors, train_state.json   optional: optimizer moments and step, to resume
 *   manifest.json       format, version and the sha256 and size of every file above
 *
 * The folder is written whole into `<dir>.tmp-xxxx` and renamed into place; an existing
 * checkpoint stays intact until the new one is complete (it is moved aside to `<dir>.old-xxxx`
 * for the instant between two renames, then deleted). Loading verifies every checksum before
 * parsing anything, and any fault is a CheckpointError naming the file and the problem.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { CheckpointError } from "../errors/checkpoint-error.js";
import { fsyncDir, tempName, writeFileAtomic } from "./checkpoint-fs.js";
import { decodeSafetensors, encodeSafetensors } from "./safetensors.js";
import { Tokenizer } from "./tokenizer.js";
const MANIFEST = "manifest.json";
const REQUIRED = ["model.safetensors", "config.json", "tokenizer.json"];
/** Writes a checkpoint folder atomically (see the header). `dtype` applies to weights only. */
export async function saveCheckpoint(dir, contents, opts = {}) {
    const files = new Map();
    const json = (v) => new TextEncoder().encode(JSON.stringify(v, null, 2) + "\n");
    files.set("model.safetensors", encodeSafetensors(contents.weights, { dtype: opts.dtype ?? "F32" }));
    files.set("config.json", json(contents.config));
    files.set("tokenizer.json", json(contents.tokenizer.toJSON()));
    if (contents.optimizer)
        files.set("optimizer.safetensors", encodeSafetensors(contents.optimizer));
    if (contents.trainState)
        files.set("train_state.json", json(contents.trainState));
    const manifest = {
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
        for (const [name, data] of files)
            await writeFileAtomic(`${tmp}/${name}`, data);
        await fsyncDir(tmp);
    }
    catch (e) {
        await rm(tmp, { recursive: true, force: true });
        throw e;
    }
    const old = (await exists(dir)) ? tempName(dir, "old") : undefined;
    if (old)
        await rename(dir, old);
    try {
        await rename(tmp, dir);
    }
    catch (e) {
        if (old)
            await rename(old, dir); // put the previous checkpoint back
        await rm(tmp, { recursive: true, force: true });
        throw e;
    }
    await fsyncDir(dirname(dir));
    if (old)
        await rm(old, { recursive: true, force: true });
}
/**
 * Loads and verifies a checkpoint. `parseConfig` may validate the config (e.g. a zod parse);
 * whatever it throws is reported as a problem with config.json.
 */
export async function loadCheckpoint(dir, opts = {}) {
    const fail = (file, problem, cause) => {
        throw new CheckpointError({ dir, file, problem, cause });
    };
    if (!(await exists(dir))) {
        const prefix = `${basename(dir)}.old-`;
        const left = (await readdir(dirname(dir)).catch(() => [])).filter((n) => n.startsWith(prefix));
        const hint = left.length ? `; an interrupted save left the previous checkpoint at ${dirname(dir)}/${left[0]}` : "";
        fail("", `folder does not exist${hint}`);
    }
    const manifestText = await readFile(`${dir}/${MANIFEST}`, "utf8").catch((e) => fail(MANIFEST, "missing: not a checkpoint folder, or an incomplete one", e));
    const manifest = parseJson(manifestText, (e) => fail(MANIFEST, "is not valid JSON", e));
    if (manifest?.format !== "swirl-checkpoint" || manifest.version !== 1 || typeof manifest.files !== "object") {
        fail(MANIFEST, `unknown checkpoint format ${JSON.stringify(manifest?.format)} version ${JSON.stringify(manifest?.version)}`);
    }
    for (const name of REQUIRED)
        if (!manifest.files[name])
            fail(MANIFEST, `does not list ${name}`);
    const data = new Map();
    for (const [name, want] of Object.entries(manifest.files)) {
        const bytes = await readFile(`${dir}/${name}`).catch((e) => fail(name, "listed in the manifest but missing", e));
        if (bytes.length !== want.bytes)
            fail(name, `is ${bytes.length} bytes, the manifest says ${want.bytes} (truncated or replaced)`);
        const got = sha256(bytes);
        if (got !== want.sha256)
            fail(name, `sha256 ${got.slice(0, 12)}… does not match the manifest's ${want.sha256.slice(0, 12)}… (corrupt)`);
        data.set(name, bytes);
    }
    const text = (name) => new TextDecoder().decode(data.get(name));
    const tensors = (name) => {
        try {
            return decodeSafetensors(data.get(name), `${dir}/${name}`).tensors;
        }
        catch (e) {
            return fail(name, e.message, e);
        }
    };
    const rawConfig = parseJson(text("config.json"), (e) => fail("config.json", "is not valid JSON", e));
    let config;
    try {
        config = opts.parseConfig ? opts.parseConfig(rawConfig) : rawConfig;
    }
    catch (e) {
        return fail("config.json", `does not fit the expected config: ${e.message}`, e);
    }
    let tokenizer;
    try {
        tokenizer = Tokenizer.fromJSON(text("tokenizer.json"));
    }
    catch (e) {
        return fail("tokenizer.json", e.message, e);
    }
    const weights = tensors("model.safetensors");
    const optimizer = data.has("optimizer.safetensors") ? tensors("optimizer.safetensors") : undefined;
    const trainState = data.has("train_state.json")
        ? parseJson(text("train_state.json"), (e) => fail("train_state.json", "is not valid JSON", e))
        : undefined;
    return { config, tokenizer, weights, manifest, ...(optimizer ? { optimizer } : {}), ...(trainState ? { trainState } : {}) };
}
function sha256(data) {
    return createHash("sha256").update(data).digest("hex");
}
function parseJson(text, onError) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        return onError(e);
    }
}
async function exists(path) {
    return stat(path).then(() => true, () => false);
}
//# sourceMappingURL=checkpoint.js.map