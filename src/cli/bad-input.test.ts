// Bad input gets one clear line naming the file, and leaves the run folder as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const swirl = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });
const TASK = { kind: "synthetic-qa", seed: 9, train: 4, test: 0, world: { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 } };

async function runFolder(files: Record<string, string>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "swirl-bad-input-")), "run");
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test("a truncated config.json is named, with its line, and nothing runs", async () => {
  const text = JSON.stringify({ task: TASK }, null, 2).slice(0, 40);
  const dir = await runFolder({ "config.json": text });
  const r = swirl("filter", "--run", dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`${join(dir, "config.json").replace(/[.+]/g, "\\$&")}:\\d+: .*invalid JSON`));
  assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
  assert.equal(readFileSync(join(dir, "config.json"), "utf8"), text);
});

for (const stage of ["judge", "filter"]) {
  test(`${stage} on an empty trajectories.jsonl says so and leaves config.json untouched`, async () => {
    const config = JSON.stringify({ task: TASK });
    const dir = await runFolder({ "config.json": config, "trajectories.jsonl": "" });
    const r = swirl(stage, "--run", dir);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /trajectories\.jsonl holds no trajectories: run `swirl generate` first/);
    assert.equal(readFileSync(join(dir, "config.json"), "utf8"), config);
  });
}

test("a dataset file that does not exist is named", async () => {
  const dir = await runFolder({});
  const configFile = join(dir, "..", "c.json");
  writeFileSync(configFile, JSON.stringify({ run: dir, task: { kind: "gsm8k", train: join(dir, "missing.jsonl") }, policy: { kind: "http", baseURLs: ["http://127.0.0.1:9/v1"], model: "m" } }));
  const r = swirl("generate", "--config", configFile);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.jsonl/);
  assert.doesNotMatch(r.stderr, /ENOENT|\n\s+at /);
});

test("the built bin is executable and runs directly", () => {
  const bin = JSON.parse(readFileSync("package.json", "utf8")).bin.swirl as string;
  assert.ok((statSync(bin).mode & 0o111) !== 0, `${bin} has no execute bit`);
  const r = spawnSync(bin, ["--help"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Usage: swirl/);
});
