import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEnvironment } from "./environment.js";
import { taskPrompt } from "../rollout/prompts.js";
import type { TaskConfigInput } from "./task-config.js";

function task(dir: string, more: Record<string, unknown>): TaskConfigInput {
  const file = join(dir, "q.jsonl");
  writeFileSync(file, JSON.stringify({ id: "a", q: "Half of 12?", a: "6" }) + "\n");
  return { kind: "jsonl", dataset: "mine", taskKind: "math", mapping: { id: "id", question: "q", answer: "a" }, train: file, ...more } as TaskConfigInput;
}

test("a task's prompt replaces the built-in one; its step cap holds", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-task-"));
  const env = await buildEnvironment(task(dir, { prompt: { system: "Use <math_exp> at most {maxToolCalls} times.", user: "Q: {question}", maxToolCalls: 2 } }));
  assert.deepEqual(taskPrompt(env.template, env.examples.train[0]!), [
    { role: "system", content: "Use <math_exp> at most 2 times." },
    { role: "user", content: "Q: Half of 12?" },
  ]);
  await assert.rejects(buildEnvironment(task(dir, { prompt: { user: "no placeholder" } })), /the user template needs \{question\}/);
});

test("a task's check: a built-in metric or a module's function decides the outcome", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-task-"));
  const module = join(dir, "check.mjs");
  writeFileSync(module, "export function check(answer, example) { return answer.replace(/ apples$/, '') === example.answers[0]; }\n");
  const example = (await buildEnvironment(task(dir, {}))).examples.train[0]!;
  const own = (await buildEnvironment(task(dir, { check: { module } }))).ruleJudge.outcome!;
  assert.equal((await own.judgeOutcome({ example, answer: "6 apples" })).label, "GOOD");
  assert.equal((await own.judgeOutcome({ example, answer: "7 apples" })).label, "BAD");
  assert.equal((await own.judgeOutcome({ example, answer: undefined })).label, "BAD");
  assert.match(own.name, /check\.mjs#check$/);
  const exact = (await buildEnvironment(task(dir, { check: "exact" }))).ruleJudge.outcome!;
  assert.equal((await exact.judgeOutcome({ example, answer: "6.0" })).label, "BAD");
  const numeric = (await buildEnvironment(task(dir, { check: "numeric" }))).ruleJudge.outcome!;
  assert.equal((await numeric.judgeOutcome({ example, answer: "6.0" })).label, "GOOD");
  await assert.rejects(buildEnvironment(task(dir, { check: { module, export: "nope" } })), /has no function export "nope"/);
});
