import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../stages/generate.js";
import { buildEnvironment } from "../pipeline/environment.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { QaTeacher } from "../synthetic/qa/teacher.js";

const swirl = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });
const TASK = { kind: "synthetic-qa", seed: 9, train: 4, test: 0, world: { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 } } as const;

/** A run folder with 8 teacher trajectories, as `swirl generate` would leave it. */
async function generatedRun(): Promise<string> {
  const runDir = join(await mkdtemp(join(tmpdir(), "swirl-cli-filter-")), "run");
  const env = await buildEnvironment(TASK);
  const qa = buildQaEnv({ seed: TASK.seed, train: TASK.train, test: TASK.test, world: TASK.world });
  const policy = new QaTeacher(qa, qa.train, { mistakeRate: 0.5, seed: 1 });
  await generate({ runDir, policy, examples: env.examples.train, tools: env.tools, template: env.template, samples: 2, config: { task: TASK } });
  return runDir;
}

test("swirl filter --help lists its flags", () => {
  const r = swirl("filter", "--help");
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes("--filter") && r.stdout.includes("process+outcome"));
});

test("swirl filter writes the chosen state sets and prints the survivors table", async () => {
  const runDir = await generatedRun();
  assert.equal(swirl("judge", "--run", runDir).status, 0);
  const r = swirl("filter", "--run", runDir, "--filter", "process", "process+outcome");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /filter: 8 trajectories/);
  assert.match(r.stdout, /^ {2}none +8 +\d+$/m);
  assert.ok(existsSync(join(runDir, "states.process.jsonl")) && existsSync(join(runDir, "states.process+outcome.jsonl")));
  assert.ok(!existsSync(join(runDir, "states.none.jsonl")));
  const counts = JSON.parse(readFileSync(join(runDir, "filter-counts.json"), "utf8"));
  assert.equal(counts.survivors.none.trajectories, 8);
});

test("an unknown filter name is refused, naming the field", async () => {
  const runDir = await generatedRun();
  const r = swirl("filter", "--run", runDir, "--filter", "bogus");
  assert.equal(r.status, 1);
  assert.match(r.stderr, /field "filter\.filters\[0\]"/);
});
