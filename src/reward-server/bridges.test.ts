/**
 * The Python bridges in integrations/ (verl, TRL) and OpenRLHF's remote reward call, each run by a
 * real python3 against a real `swirl reward-server` child, called the way that engine calls it
 * (verl v0.7.0 reward managers, TRL v1.9.0 GRPOTrainer._calculate_rewards, OpenRLHF v0.11.0
 * SingleTurnAgentExecutor._fetch_rewards_via_http).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { QA_TEMPLATE, taskPrompt } from "../rollout/prompts.js";
import type { State } from "../types.js";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { exportStateSet } from "../export/index.js";

const env = buildQaEnv({ seed: 3, train: 4, test: 0 });
const example = env.train[0]!;
const subject = (example.meta as { subjects: string[] }).subjects[0]!;
const state: State = { id: `${example.id}#0@0`, trajectoryId: `${example.id}#0`, exampleId: example.id, stepIndex: 0, messages: taskPrompt(QA_TEMPLATE, example), action: "" };
const stray: State = { ...state, id: "elsewhere#0@0", trajectoryId: "elsewhere#0", exampleId: "elsewhere" };
const GOOD = `I should look up the book first. <search_query>${subject}</search_query>`;
const BAD = "<answer>Paris</answer>";

let child: ChildProcess;
let url = "";
let served = "";

/** Starts `swirl reward-server` on a run folder; resolves with its URL, or rejects with its output when it exits. */
function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const c = spawn(process.execPath, ["dist/src/cli/main.js", "reward-server", ...args, "--port", "0"]);
  return new Promise((ok, fail) => {
    let out = "";
    c.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving POST (\S+)\/get_reward/.exec(out);
      if (m) ok({ child: c, url: m[1]! });
    });
    c.stderr!.on("data", (d: Buffer) => { out += d.toString(); });
    c.once("exit", (code) => fail(new Error(`exited ${code}: ${out}`)));
  });
}

async function runFolder(config: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "swirl-bridges-"));
  await writeFile(join(dir, "states.process.jsonl"), [state, stray].map((s) => JSON.stringify(s)).join("\n") + "\n");
  if (config !== undefined) await writeFile(join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

before(async () => {
  // no --qa-seed: the rule judge comes from the task that config.json records
  served = await runFolder({ task: { kind: "synthetic-qa", seed: 3, train: 4, test: 0 } });
  ({ child, url } = await startServer([served]));
});
after(() => { child.kill("SIGTERM"); });

/** Runs a Python program with the bridge folder on sys.path; its stdout parsed as JSON. */
function python(dir: string | undefined, code: string): { status: number | null; out: unknown; err: string } {
  const r = spawnSync("python3", ["-c", code], {
    encoding: "utf8",
    env: { ...process.env, SWIRL_REWARD_URL: url, PYTHONPATH: dir ? resolve("integrations", dir) : "", PYTHONDONTWRITEBYTECODE: "1" },
  });
  return { status: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : undefined, err: r.stderr };
}

const py = (s: string) => JSON.stringify(s); // a JSON string is a valid Python string literal here

test("verl: compute_score as the naive manager calls it, compute_score_batch as the batch manager does", () => {
  const r = python("verl", `
import json
from swirl_reward import compute_score, compute_score_batch
extra = {"state_id": ${py(state.id)}, "index": 0, "num_turns": None, "rollout_reward_scores": {}}
one = compute_score(data_source="swirl", solution_str=${py(GOOD + " trailing text")}, ground_truth=${py(state.id)}, extra_info=extra)
batch = compute_score_batch(data_sources=["swirl", "swirl"], solution_strs=[${py(GOOD)}, ${py(BAD)}], ground_truths=[${py(state.id)}, ${py(state.id)}], extra_infos=[extra, {}])
print(json.dumps({"one": one, "batch": batch, "types": [type(x).__name__ for x in [one, *batch]]}))
`);
  assert.equal(r.status, 0, r.err);
  assert.deepEqual(r.out, { one: 1, batch: [1, 0], types: ["float", "float", "float"] });
});

test("TRL: the reward function takes prompts, completions and the dataset's state_id column, returns floats", () => {
  const r = python("trl", `
import json
from swirl_reward import swirl_reward
prompts = [[{"role": "user", "content": "q"}]] * 3
completions = [[{"role": "assistant", "content": ${py(GOOD)}}], [{"role": "assistant", "content": ${py(BAD)}}], ${py(GOOD)}]
out = swirl_reward(prompts=prompts, completions=completions, completion_ids=[[1], [2], [3]], state_id=[${py(state.id)}] * 3, trainer_state=None, log_extra=None, log_metric=None)
print(json.dumps({"out": out, "types": [type(x).__name__ for x in out]}))
`);
  assert.equal(r.status, 0, r.err);
  assert.deepEqual(r.out, { out: [1, 0, 1], types: ["float", "float", "float"] });
});

test("OpenRLHF: POST {query, prompts, labels} to the remote URL; rewards and scores come back as floats", () => {
  const prompt = state.messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join("") + "<|im_start|>assistant\n";
  const r = python(undefined, `
import json, urllib.request
payload = {"query": [${py(prompt + GOOD + "<|im_end|>")}, ${py(prompt + BAD)}], "prompts": [${py(prompt)}] * 2, "labels": [${py(state.id)}] * 2}
req = urllib.request.Request(${py(url + "/get_reward")}, data=json.dumps(payload).encode(), headers={"content-type": "application/json"}, method="POST")
body = json.load(urllib.request.urlopen(req))
print(json.dumps({"rewards": body["rewards"], "scores": body["scores"], "types": [type(x).__name__ for x in body["rewards"]]}))
`);
  assert.equal(r.status, 0, r.err);
  assert.deepEqual(r.out, { rewards: [1, 0], scores: [1, 0], types: ["float", "float"] });
});

test("a state the rule judge cannot score is an error in the bridge, never a reward of 0", () => {
  for (const [dir, call] of [
    ["verl", `compute_score("swirl", ${py(GOOD)}, ${py(stray.id)})`],
    ["verl", `compute_score("swirl", ${py(GOOD)}, "no-such-state")`],
    ["trl", `swirl_reward([[]], [${py(GOOD)}], state_id=[${py(stray.id)}])`],
  ] as const) {
    const r = python(dir, `from swirl_reward import *\nprint(${call})`);
    assert.notEqual(r.status, 0, `${dir}: ${call}`);
    assert.match(r.err, /swirl reward-server 400: .*(not among the server's 4 examples|unknown state id)/);
  }
});

test("reward-server --judge rule refuses a run folder that records no task, unless --qa-seed names one", async () => {
  const dir = await runFolder(undefined);
  await assert.rejects(startServer([dir]), /records no task; pass --qa-seed/);
  const s = await startServer([dir, "--qa-seed", "3", "--qa-train", "4"]);
  s.child.kill("SIGTERM");
});

test("verl: rows of the exported Parquet, as RLHFDataset hands them to the reward manager, score through the bridge", async () => {
  // no independent Parquet reader installs here (Debian bookworm has no python3-pyarrow), so hyparquet reads it
  await exportStateSet({ runDir: served, formats: ["verl"], valFraction: 0 });
  const file = await asyncBufferFromFile(join(served, "export", "process", "verl", "train.parquet"));
  const rows = (await parquetReadObjects({ file })) as { prompt: unknown; data_source: unknown; reward_model: { ground_truth: unknown }; extra_info: Record<string, unknown> }[];
  const byId = rows.find((r) => r.reward_model.ground_truth === state.id)!;
  assert.deepEqual(byId.prompt, state.messages); // data.prompt_key=prompt: the chat messages verl templates
  assert.equal(typeof byId.data_source, "string"); // reward_fn_key=data_source
  assert.equal(Number(byId.extra_info.index), rows.indexOf(byId)); // RLHFDataset reads extra_info.index
  const extra = JSON.stringify(Object.fromEntries(Object.entries(byId.extra_info).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
  const r = python("verl", `
import json
from swirl_reward import compute_score
row = json.loads(${py(JSON.stringify({ data_source: byId.data_source, ground_truth: byId.reward_model.ground_truth }))})
extra = json.loads(${py(extra)})
extra.update(num_turns=None, rollout_reward_scores={})
print(json.dumps(compute_score(data_source=row["data_source"], solution_str=${py(GOOD)}, ground_truth=row["ground_truth"], extra_info=extra)))
`);
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, 1);
});
