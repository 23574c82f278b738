import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEnvironment } from "./environment.js";
import { taskPrompt } from "../rollout/prompts.js";
import type { TaskConfigInput } from "./task-config.js";
import { scoreAnswer } from "../eval/score.js";
import { processJudgeMessages } from "../judge/prompts.js";
import { readExamples } from "../run/records.js";

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

test("a task of the user's own kind: its tools only, the general prompt, text answers, a judge told its name", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-task-"));
  const module = join(dir, "tools.mjs");
  writeFileSync(module, [
    `import { z } from ${JSON.stringify(import.meta.resolve("zod"))};`,
    `import { tool } from ${JSON.stringify(new URL("../tools/define-tool.js", import.meta.url).href)};`,
    "export const tools = [tool({ name: 'lookup_ticket', description: 'a ticket by number', inputSchema: z.object({ id: z.string() }), execute: ({ id }) => 'ticket ' + id + ': printer jam' })];",
  ].join("\n"));
  const env = await buildEnvironment(task(dir, { taskKind: "ticket-triage", tools: [{ module }] }));
  const example = env.examples.train[0]!;
  assert.equal(example.kind, "ticket-triage");
  assert.deepEqual([...env.tools.keys()], ["lookup_ticket"], "no built-in search or calculator");
  assert.deepEqual(env.template.toolTags, ["lookup_ticket"]);
  const [system, user] = taskPrompt(env.template, example);
  assert.match(system!.content, /<lookup_ticket>INPUT<\/lookup_ticket>: a ticket by number/);
  assert.match(system!.content, /At most 5 tool calls/);
  assert.equal(user!.content, "Task: Half of 12?");
  // answers compare as text unless the task names a check
  const outcome = env.ruleJudge.outcome!;
  assert.equal((await outcome.judgeOutcome({ example, answer: "6" })).label, "GOOD");
  assert.equal((await outcome.judgeOutcome({ example, answer: "6.0" })).label, "BAD");
  assert.equal(scoreAnswer(example, "6").correct, 1);
  assert.equal(scoreAnswer(example, "six").correct, 0);
  assert.equal(env.ruleJudge.process, undefined, "a user's kind has no rule process judge: the LLM judge labels its steps");
  assert.match(processJudgeMessages({ example, messages: [], action: "<answer>6</answer>" })[1]!.content, /^Task type: ticket triage$/m);
  // the kind travels through the run folder's records
  const file = join(dir, "examples.jsonl");
  writeFileSync(file, JSON.stringify(example) + "\n");
  assert.equal(readExamples(file).get(example.id)!.kind, "ticket-triage");
  await env.close();
  await assert.rejects(buildEnvironment(task(dir, { taskKind: "two words" })), /a task kind is a name like qa, math or ticket-triage/);
});
