import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { qaRuleJudge } from "../synthetic/qa/rule-judge.js";
import { QA_TEMPLATE, taskPrompt } from "../rollout/prompts.js";
import type { ProcessJudge } from "../judge/judge.js";
import type { Message, State, Verdict } from "../types.js";
import { startRewardServer, recoverAction, type RewardServerOptions } from "./index.js";
import { assertRefusesWebPages } from "../util/http-probe.fixture.js";

const env = buildQaEnv({ seed: 3, train: 4, test: 0 });
const example = env.train[0]!;
const subject = (example.meta as { subjects: string[] }).subjects[0]!;
const state: State = { id: `${example.id}#0@0`, trajectoryId: `${example.id}#0`, exampleId: example.id, stepIndex: 0, messages: taskPrompt(QA_TEMPLATE, example), action: "" };
const GOOD_ACTION = `I should look up the book first. <search_query>${subject}</search_query>`;
const BAD_ACTION = "<answer>Paris</answer>";
const examples = new Map(env.train.map((e) => [e.id, e]));
const states = new Map([[state.id, state]]);

/** A prompt rendered the way an engine's chat template would (ChatML here). */
const chatml = (messages: readonly Message[]): string => messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join("") + "<|im_start|>assistant\n";

async function withServer(opts: Partial<RewardServerOptions>, body: (url: string) => Promise<void>): Promise<void> {
  const server = await startRewardServer({ judge: qaRuleJudge(env), states, examples, ...opts });
  try {
    await body(server.url);
  } finally {
    await server.close();
  }
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

test("recoverAction cuts the response out of prompt+response and stops at the first closing tag", () => {
  const prompt = chatml(state.messages);
  assert.equal(recoverAction(prompt + GOOD_ACTION + "<|im_end|>junk", prompt), GOOD_ACTION);
  assert.equal(recoverAction(prompt + "<answer>A</answer> and then <search_query>x</search_query>", prompt), "<answer>A</answer>");
  assert.equal(recoverAction("<s>" + prompt + BAD_ACTION, prompt), BAD_ACTION); // BOS on the query only
  assert.throws(() => recoverAction("something else", prompt), /does not contain its prompt/);
});

test("POST /get_reward speaks OpenRLHF's protocol: one reward per query, state ids in labels", async () => {
  await withServer({}, async (url) => {
    const prompt = chatml(state.messages);
    const r = await post(`${url}/get_reward`, {
      query: [prompt + GOOD_ACTION + "<|im_end|>", prompt + BAD_ACTION, prompt + GOOD_ACTION + " more text the engine kept generating"],
      prompts: [prompt, prompt, prompt],
      labels: [state.id, state.id, state.id],
    });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.deepEqual(r.json.rewards, [1, 0, 1]);
    assert.deepEqual(r.json.scores, [1, 0, 1]);
  });
});

test("POST /score judges by state id or by a context given whole, with the judge's rationale", async () => {
  await withServer({}, async (url) => {
    const a = await post(`${url}/score`, { state_id: state.id, action: GOOD_ACTION });
    assert.equal(a.status, 200);
    assert.equal(a.json.reward, 1);
    assert.equal(a.json.label, "GOOD");
    assert.match(String(a.json.rationale), /needed next/);
    const b = await post(`${url}/score`, { messages: state.messages, example_id: example.id, action: BAD_ACTION });
    assert.deepEqual([b.status, b.json.reward, b.json.label], [200, 0, "BAD"]);
    const health = await (await fetch(`${url}/health`)).json();
    assert.deepEqual(health, { ok: true, states: 1, judge: "rule" });
  });
});

test("malformed requests get 400 with a reason; wrong method 405; unknown path 404", async () => {
  await withServer({}, async (url) => {
    const prompt = chatml(state.messages);
    const cases: [string, unknown, RegExp][] = [
      ["/get_reward", "{not json", /not JSON/],
      ["/get_reward", "[1,2]", /JSON object/],
      ["/get_reward", { query: "x", prompts: [], labels: [] }, /query must be a list/],
      ["/get_reward", { query: [prompt + GOOD_ACTION], prompts: [prompt] }, /labels must be a list of state ids/],
      ["/get_reward", { query: [prompt + GOOD_ACTION], prompts: [], labels: [state.id] }, /one per query/],
      ["/get_reward", { query: [prompt + GOOD_ACTION], prompts: [prompt], labels: ["nope@0"] }, /unknown state id "nope@0"/],
      ["/get_reward", { query: ["unrelated"], prompts: [prompt], labels: [state.id] }, /query 0: .*does not contain its prompt/],
      ["/score", { state_id: state.id }, /action must be a string/],
      ["/score", { action: "x" }, /give a state_id, or messages/],
      ["/score", { messages: [{ role: "robot", content: "hi" }], action: "x" }, /messages\[0\]/],
      ["/score", { state_id: 7, action: "x" }, /state_id must be a string/],
    ];
    for (const [path, body, reason] of cases) {
      const r = await post(url + path, body);
      assert.equal(r.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.match(String(r.json.error), reason);
    }
    assert.equal((await fetch(`${url}/get_reward`)).status, 405);
    assert.equal((await post(`${url}/reward`, {})).status, 404);
  });
});

test("with a token, requests without it get 401; a bearer header or ?token= passes", async () => {
  await withServer({ token: "s3cret" }, async (url) => {
    const body = { state_id: state.id, action: GOOD_ACTION };
    assert.equal((await post(`${url}/score`, body)).status, 401);
    assert.equal((await post(`${url}/score`, body, { authorization: "Bearer wrong" })).status, 401);
    assert.equal((await post(`${url}/score`, body, { authorization: "Bearer s3cret" })).status, 200);
    assert.equal((await post(`${url}/score?token=s3cret`, body)).status, 200);
  });
});

test("identical requests are judged once (cached), and judge calls in flight stay within the limit", async () => {
  let calls = 0;
  let inFlight = 0;
  let peak = 0;
  const inner = qaRuleJudge(env);
  const slow: ProcessJudge = {
    name: "slow-rule",
    async judgeStep(x): Promise<Verdict> {
      calls++;
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 15));
      inFlight--;
      return inner.judgeStep(x);
    },
  };
  await withServer({ judge: slow, concurrency: 2 }, async (url) => {
    const same = await Promise.all(Array.from({ length: 10 }, () => post(`${url}/score`, { state_id: state.id, action: GOOD_ACTION })));
    assert.ok(same.every((r) => r.json.reward === 1));
    assert.equal(calls, 1);
    const distinct = await Promise.all(Array.from({ length: 8 }, (_, i) => post(`${url}/score`, { state_id: state.id, action: `<search_query>q${i}</search_query>` })));
    assert.ok(distinct.every((r) => r.status === 200 && r.json.reward === 0));
    assert.equal(calls, 9);
    assert.ok(peak <= 2, `peak ${peak}`);
  });
});

test("swirl reward-server serves a run folder's state set with the rule judge", { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-reward-cli-"));
  await writeFile(join(dir, "states.process.jsonl"), JSON.stringify(state) + "\n");
  const child = spawn(process.execPath, ["dist/src/cli/main.js", "reward-server", dir, "--qa-seed", "3", "--qa-train", "4", "--port", "0"]);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /serving POST (\S+)\/get_reward/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
      child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    const r = await post(`${url}/score`, { state_id: state.id, action: GOOD_ACTION });
    assert.deepEqual([r.status, r.json.reward], [200, 1]);
  } finally {
    child.kill("SIGTERM");
  }
});

test("requests a web page could send are refused: non-JSON bodies 415, foreign Host names 403", async () => {
  await withServer({}, async (url) => {
    await assertRefusesWebPages(`${url}/score`, JSON.stringify({ state_id: state.id, action: GOOD_ACTION }));
  });
});

test("an example the rule judge cannot judge is an error (422), never a silent reward of 0", async () => {
  const foreign = { id: "gsm-1", dataset: "gsm8k", kind: "qa" as const, question: "How many?", answers: ["3"] };
  await withServer({ examples: new Map([...examples, [foreign.id, foreign]]) }, async (url) => {
    const r = await post(`${url}/score`, { messages: state.messages, example_id: foreign.id, action: GOOD_ACTION });
    assert.equal(r.status, 422, JSON.stringify(r.json));
    assert.match(String(r.json.error), /cannot judge this example.*gsm-1 is not a synthetic QA question/);
    const prompt = chatml(state.messages);
    const batch = await post(`${url}/get_reward`, { query: [prompt + GOOD_ACTION], prompts: [prompt], labels: [state.id] });
    assert.equal(batch.status, 200); // the known example still scores
  });
});

test("swirl reward-server takes its token from --token-file and its rule judge from the run's recorded task", { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-reward-token-"));
  await writeFile(join(dir, "states.process.jsonl"), JSON.stringify(state) + "\n");
  await writeFile(join(dir, "config.json"), JSON.stringify({ task: { kind: "synthetic-qa", seed: 3, train: 4, test: 0 } }));
  await writeFile(join(dir, "token"), "s3cret\n");
  const child = spawn(process.execPath, ["dist/src/cli/main.js", "reward-server", dir, "--token-file", join(dir, "token"), "--port", "0"]);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /serving POST (\S+)\/get_reward/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
      child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    const body = { state_id: state.id, action: GOOD_ACTION };
    assert.equal((await post(`${url}/score`, body)).status, 401);
    const r = await post(`${url}/score`, body, { authorization: "Bearer s3cret" });
    assert.deepEqual([r.status, r.json.reward], [200, 1]);
  } finally {
    child.kill("SIGTERM");
  }
});
