import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../stages/generate.js";
import { buildEnvironment } from "../pipeline/environment.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { QaTeacher } from "../synthetic/qa/teacher.js";

const swirl = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });
const TASK = { kind: "synthetic-qa", seed: 9, train: 4, test: 0, world: { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 } } as const;

/** A run folder with trajectories from the teacher, as `swirl generate` would leave it. */
async function generatedRun(): Promise<string> {
  const runDir = join(await mkdtemp(join(tmpdir(), "swirl-cli-judge-")), "run");
  const env = await buildEnvironment(TASK);
  const qa = buildQaEnv({ seed: TASK.seed, train: TASK.train, test: TASK.test, world: TASK.world });
  const policy = new QaTeacher(qa, qa.train, { mistakeRate: 0.5, seed: 1 });
  await generate({ runDir, policy, examples: env.examples.train, tools: env.tools, template: env.template, samples: 2, config: { task: TASK } });
  return runDir;
}

test("swirl judge --help lists its flags", () => {
  const r = swirl("judge", "--help");
  assert.equal(r.status, 0, r.stderr);
  for (const flag of ["--run", "--judge", "--votes", "--base-url", "--outcome", "--attempts", "--no-process"]) assert.ok(r.stdout.includes(flag), flag);
});

test("swirl judge with the rule judges labels every step and answer of a run, taking the task from the run's config", async () => {
  const runDir = await generatedRun();
  const r = swirl("judge", "--run", runDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /judge: \d+ verdicts \(0 already done, \d+ written, 0 failed\)/);
  const again = swirl("judge", "--run", runDir);
  assert.match(again.stdout, /judge: (\d+) verdicts \(\1 already done, 0 written/);
  const config = JSON.parse(readFileSync(join(runDir, "config.json"), "utf8"));
  assert.equal(config.judge.kind, "rule");
  assert.equal(config.task.kind, "synthetic-qa");
});

test("a bad judge config names the field", async () => {
  const runDir = await generatedRun();
  const file = join(runDir, "..", "judge.yaml");
  writeFileSync(file, `run: ${runDir}\njudge:\n  kind: llm\n  votes: 0\n`);
  const r = swirl("judge", "--config", file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /judge\.yaml:4: field "judge\.votes": /);
});

test("judging a folder without a task says so", async () => {
  const r = swirl("judge", "--run", await mkdtemp(join(tmpdir(), "swirl-cli-empty-")));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no task: .*\(run generate first\)/);
});
