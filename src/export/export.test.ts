import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadataAsync, parquetReadObjects, parquetSchema } from "hyparquet";
import { asyncBufferFromFile } from "hyparquet";
import { decompose } from "../rollout/decompose.js";
import type { State, Trajectory } from "../types.js";
import { exportStateSet, readStates } from "./index.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";

const qaPrompt = [{ role: "user" as const, content: "Question: Where was the founder of Velmora Press born?" }];
const traj = (id: string, texts: string[]): Trajectory => ({
  id, exampleId: id.split("#")[0]!, sample: 0, prompt: qaPrompt, stop: "answered",
  steps: texts.map((text, i) => ({ text, action: { kind: "answer", answer: "x", reasoning: "" }, tokens: 3, ms: 1, toolResult: i < texts.length - 1 ? `q${i} -> r${i}` : undefined })),
});
const STATES: State[] = [
  ...decompose(traj("e1#0", ["<search_query>Velmora Press</search_query>", "<answer>Tessaly</answer>"])),
  ...decompose(traj("e2#0", ["<search_query>Ada Quill</search_query>", "<search_query>Tessaly</search_query>", "<answer>Tessaly</answer>"])),
];

async function runFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "swirl-export-"));
  await writeFile(join(dir, "states.process.jsonl"), STATES.map((s) => JSON.stringify(s)).join("\n") + "\n");
  return dir;
}

test("the verl Parquet reads back with verl's columns: chat prompt, reward_model, extra_info with stop strings", async () => {
  const dir = await runFolder();
  const r = await exportStateSet({ runDir: dir, formats: ["verl"] });
  assert.equal(r.rows, 5);
  const file = await asyncBufferFromFile(join(dir, "export", "process", "verl", "train.parquet"));
  const metadata = await parquetMetadataAsync(file);
  const top = parquetSchema(metadata).children.map((c) => c.element.name);
  assert.deepEqual(top, ["data_source", "prompt", "ability", "reward_model", "extra_info"]);
  const prompt = parquetSchema(metadata).children[1]!;
  assert.equal(prompt.element.converted_type, "LIST");
  assert.deepEqual(prompt.children[0]!.children[0]!.children.map((c) => c.element.name), ["role", "content"]);

  const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  assert.equal(rows.length, 5);
  const last = rows[4] as { data_source: string; prompt: { role: string; content: string }[]; ability: string; reward_model: { style: string; ground_truth: string }; extra_info: Record<string, unknown> };
  assert.equal(last.data_source, "swirl-qa");
  assert.equal(last.ability, "qa");
  assert.deepEqual(last.reward_model, { style: "model", ground_truth: "e2#0@2" });
  assert.deepEqual(last.prompt.map((m) => m.role), ["user", "assistant", "user", "assistant", "user"]);
  assert.equal(last.prompt[3]!.content, "<search_query>Tessaly</search_query>");
  assert.equal(last.extra_info.state_id, "e2#0@2");
  assert.equal(Number(last.extra_info.index), 4);
  assert.equal(Number(last.extra_info.step_index), 2);
  assert.deepEqual(last.extra_info.stop, ["</search_query>", "</answer>"]);
  assert.match(String(last.extra_info.action_format), /<search_query>…<\/search_query>.*<answer>…<\/answer>/);
});

test("OpenRLHF and TRL JSONL carry the chat messages, the state id as label, stop strings and action format", async () => {
  const dir = await runFolder();
  const out = join(dir, "out");
  await exportStateSet({ runDir: dir, outDir: out, formats: ["openrlhf", "trl"] });
  const o = (await readFile(join(out, "openrlhf", "train.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  const t = (await readFile(join(out, "trl", "train.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(o.length, 5);
  assert.equal(t.length, 5);
  assert.deepEqual(o[1].messages, STATES[1]!.messages);
  assert.equal(o[1].label, "e1#0@1");
  assert.deepEqual(o[1].stop, ["</search_query>", "</answer>"]);
  assert.deepEqual(t[1].prompt, STATES[1]!.messages);
  assert.equal(t[1].state_id, "e1#0@1");
  assert.ok(typeof t[1].action_format === "string");
});

test("a val fraction splits by trajectory, and math states get the calculator's stop strings", async () => {
  const math: State[] = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}#0@0`, trajectoryId: `m${i}#0`, exampleId: `m${i}`, stepIndex: 0, messages: [{ role: "user", content: "Problem: 2+2" }], action: "<math_exp>2+2</math_exp>" }));
  const dir = await mkdtemp(join(tmpdir(), "swirl-export-val-"));
  const r = await exportStateSet({ states: math, outDir: dir, formats: ["openrlhf"], valFraction: 0.3 });
  assert.ok(r.val > 0 && r.train > 0 && r.val + r.train === 40, JSON.stringify(r));
  const v = (await readFile(join(dir, "openrlhf", "val.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(v.length, r.val);
  assert.deepEqual(v[0].stop, ["</math_exp>", "</answer>"]);
  assert.equal(v[0].ability, "math");
});

test("a malformed state names the file, line and field", async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-export-bad-"));
  const f = join(dir, "states.process.jsonl");
  await writeFile(f, JSON.stringify(STATES[0]) + "\n" + JSON.stringify({ ...STATES[1], messages: [{ role: "robot", content: "x" }] }) + "\n");
  assert.throws(() => readStates(f), (e: unknown) => MalformedRecordError.isInstance(e) && e.line === 2 && e.field === "messages[0].role");
});

test("swirl export writes all three formats from a run folder", async () => {
  const dir = await runFolder();
  const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "export", "--run", dir], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /exported 5 states/);
  for (const f of ["verl/train.parquet", "openrlhf/train.jsonl", "trl/train.jsonl"]) assert.ok(r.stdout.includes(join("export", "process", f)), r.stdout);
  const bad = spawnSync(process.execPath, ["dist/src/cli/main.js", "export", dir, "--format", "parquet"], { encoding: "utf8" });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /unknown format "parquet"/);
});
