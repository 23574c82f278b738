import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { importChatLog } from "./import.js";
import { parseTrajectory, readExamples, readJsonlRecords } from "../run/records.js";
import { decompose } from "../rollout/decompose.js";
import type { Trajectory } from "../types.js";

const SEARCH = { type: "function", function: { name: "web_search", parameters: { type: "object", properties: { query: { type: "string" } } } } };
const call = (id: string, name: string, args: unknown) => ({ id, type: "function", function: { name, arguments: JSON.stringify(args) } });

const ANSWERED = {
  id: "c1", answer: "1889", tools: [SEARCH],
  messages: [
    { role: "system", content: "Answer with search." },
    { role: "user", content: "When was the Eiffel Tower completed?" },
    { role: "assistant", content: "Look it up.", tool_calls: [call("k1", "web_search", { query: "Eiffel Tower completed" })] },
    { role: "tool", tool_call_id: "k1", content: "Completed in 1889." },
    { role: "assistant", content: "1889" },
  ],
};
const PARALLEL = {
  id: "c2", answer: ["Danube"],
  messages: [
    { role: "user", content: "Which river do Vienna and Budapest share?" },
    { role: "assistant", content: null, tool_calls: [call("p1", "web_search", { query: "Vienna river" }), call("p2", "calculator", { expression: "1+1" })] },
    { role: "tool", tool_call_id: "p2", content: "2" },
    { role: "tool", tool_call_id: "p1", content: "The Danube." },
    { role: "assistant", content: [{ type: "text", text: "Danube" }] },
  ],
};
const UNFINISHED = {
  messages: [
    { role: "user", content: "What is 2 * 50?" },
    { role: "assistant", content: "", tool_calls: [call("u1", "calculator", { expression: "2 * 50" })] },
    { role: "tool", tool_call_id: "u1", content: "100" },
  ],
};
const MULTI_TURN = { id: "c4", messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello" }, { role: "user", content: "Bye" }] };
const STRAY_RESULT = { id: "c5", messages: [{ role: "user", content: "Q" }, { role: "assistant", content: "x", tool_calls: [call("s1", "f", {})] }, { role: "tool", tool_call_id: "nope", content: "?" }] };

const jsonl = (...lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join("\n") + "\n";

function setup(lines: string): { dir: string; log: string; run: string } {
  const dir = mkdtempSync(join(tmpdir(), "swirl-import-"));
  const log = join(dir, "log.jsonl");
  writeFileSync(log, lines);
  return { dir, log, run: join(dir, "run") };
}

const trajectories = (run: string): Trajectory[] => readJsonlRecords(join(run, "trajectories.jsonl"), parseTrajectory);

test("import: each conversation becomes one trajectory; calls become steps with their results, in markup and as logged", async () => {
  const { log, run } = setup(jsonl(ANSWERED, PARALLEL, UNFINISHED, MULTI_TURN, STRAY_RESULT));
  const r = await importChatLog({ runDir: run, file: log, dataset: "logs" });
  assert.equal(r.conversations, 5);
  assert.equal(r.imported, 3);
  assert.deepEqual(r.skipped.map((s) => [s.line, s.id]), [[4, "c4"], [5, "c5"]]);
  assert.match(r.skipped[0]!.reason, /^messages\[2\]: the conversation goes on after the final answer/);
  assert.match(r.skipped[1]!.reason, /^messages\[2\]: tool_call_id "nope" answers no open call/);
  assert.equal(r.answered, 2);
  assert.deepEqual([...r.calls].sort(), [["calculator", 2], ["web_search", 2]]);

  const [t1, t2, t3] = trajectories(run);
  assert.equal(t1!.id, "c1#0");
  assert.equal(t1!.format, "native");
  assert.deepEqual(t1!.tools, [SEARCH]);
  assert.deepEqual(t1!.prompt.map((m) => m.role), ["system", "user"]);
  assert.equal(t1!.steps[0]!.text, "Look it up. <web_search>Eiffel Tower completed</web_search>");
  assert.equal(t1!.steps[0]!.toolResult, "Eiffel Tower completed -> Completed in 1889.");
  assert.deepEqual(t1!.steps[0]!.call, { id: "k1", name: "web_search", arguments: '{"query":"Eiffel Tower completed"}', output: "Completed in 1889." });
  assert.deepEqual([t1!.stop, t1!.answer], ["answered", "1889"]);

  // two calls in one turn: two steps, results matched by id whatever their order
  assert.deepEqual(t2!.steps.map((s) => s.text), ["<web_search>Vienna river</web_search>", "<math_exp>1+1</math_exp>", "Danube"]);
  assert.deepEqual(t2!.steps.map((s) => s.call?.output), ["The Danube.", "2", undefined]);
  // the second call's state sees the first call and its result
  const states = decompose(t2!);
  assert.deepEqual(states[1]!.messages.slice(-2).map((m) => m.content), ["<web_search>Vienna river</web_search>", "Vienna river -> The Danube."]);

  assert.deepEqual([t3!.exampleId, t3!.stop, t3!.answer], ["logs-3", "unfinished", undefined]);

  const examples = readExamples(join(run, "examples.jsonl"));
  assert.deepEqual([...examples.keys()], ["c1", "c2", "logs-3"]);
  assert.deepEqual(examples.get("c1")!.answers, ["1889"]);
  assert.equal(examples.get("c1")!.question, "When was the Eiffel Tower completed?");
  assert.deepEqual(examples.get("logs-3")!.answers, []);
  const config = JSON.parse(readFileSync(join(run, "config.json"), "utf8")) as { task: { kind: string; examples: string } };
  assert.deepEqual(config.task, { kind: "imported", examples: join(run, "examples.jsonl") });
});

test("import again: only conversations with new ids are added", async () => {
  const { log, run } = setup(jsonl(ANSWERED));
  await importChatLog({ runDir: run, file: log });
  const again = await importChatLog({ runDir: run, file: log });
  assert.deepEqual([again.imported, again.existing], [0, 1]);
  appendFileSync(log, jsonl(PARALLEL));
  const grown = await importChatLog({ runDir: run, file: log });
  assert.deepEqual([grown.imported, grown.existing], [1, 1]);
  assert.deepEqual(trajectories(run).map((t) => t.id), ["c1#0", "c2#0"]);
  assert.deepEqual([...readExamples(join(run, "examples.jsonl")).keys()], ["c1", "c2"]);
});

test("import: a malformed line or a repeated id stops it with file, line and field, and writes nothing", async () => {
  const bad = setup(jsonl(ANSWERED, { id: "x", messages: [{ role: "robot", content: "?" }] }));
  await assert.rejects(importChatLog({ runDir: bad.run, file: bad.log }), (e: Error) => e.message.startsWith(`${bad.log}:2: field "messages.0.role": Invalid discriminator value`));
  assert.equal(existsSync(bad.run), false);
  const twice = setup(jsonl(ANSWERED, PARALLEL, { ...ANSWERED }));
  await assert.rejects(importChatLog({ runDir: twice.run, file: twice.log }), /log\.jsonl:3: field "id": id "c1" is also on line 1/);
  assert.equal(existsSync(twice.run), false);
});

test("import refuses a run folder of another task", async () => {
  const { log, run } = setup(jsonl(ANSWERED));
  await importChatLog({ runDir: run, file: log });
  const cfg = join(run, "config.json");
  writeFileSync(cfg, JSON.stringify({ task: { kind: "synthetic-qa" } }));
  await assert.rejects(importChatLog({ runDir: run, file: log }), /holds a run of task "synthetic-qa"; import into a new run folder/);
});

test("swirl import → judge → filter → export: the exported states are the agent's own messages", () => {
  const { log, run } = setup(jsonl(ANSWERED, PARALLEL, UNFINISHED, MULTI_TURN));
  const swirl = (...args: string[]) => {
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });
    assert.equal(r.status, 0, `${args.join(" ")}\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  const out = swirl("import", log, "--run", run);
  assert.match(out, /^import: 4 conversations: 3 imported, 0 already in the run folder, 1 skipped/m);
  assert.match(out, /tool calls: (web_search 2, calculator 2|calculator 2, web_search 2)/);
  assert.match(out, /skipped line 4 \(c4\): messages\[2\]/);
  assert.match(out, /1 have no answer key/);
  swirl("judge", "--run", run, "--judge", "rule", "--no-process");
  const filtered = swirl("filter", "--run", run, "--filter", "outcome");
  assert.match(filtered, /outcome\s+2\s+5/); // c1 (2 steps) and c2 (3 steps) answer their keys
  swirl("export", run, "--filter", "outcome");
  const rows = readFileSync(join(run, "export", "outcome", "openrlhf", "train.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { label: string; messages: unknown[]; tools?: unknown[]; stop: string[] });
  assert.deepEqual(rows.map((r) => r.label), ["c1#0@0", "c1#0@1", "c2#0@0", "c2#0@1", "c2#0@2"]);
  assert.deepEqual(rows[1]!.messages.slice(2), [
    { role: "assistant", content: "Look it up.", tool_calls: [{ id: "k1", type: "function", function: { name: "web_search", arguments: '{"query":"Eiffel Tower completed"}' } }] },
    { role: "tool", tool_call_id: "k1", content: "Completed in 1889." },
  ]);
  assert.deepEqual(rows[0]!.tools, [SEARCH]);
  assert.deepEqual(rows[0]!.stop, []);
  assert.equal(rows[2]!.tools, undefined);
  assert.ok(existsSync(join(run, "export", "outcome", "verl", "train.parquet")));
});
