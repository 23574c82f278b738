/**
 * kill -9 for real: `swirl generate` and `swirl judge` run as child processes against a local
 * OpenAI-compatible server (the real HTTP backend in between) that answers like the QA teacher
 * and the judges, 20 ms per call, and counts every answered request. After a set number of
 * answers the server stops answering (requests in flight hang), waits until the child has had
 * time to store what it received, and the test sends SIGKILL. The rerun must finish with every
 * item exactly once and without the server answering any request twice.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type ServerResponse } from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { QaTeacher } from "../synthetic/qa/teacher.js";
import { contentHash } from "../run/kv.js";
import { decompose } from "../rollout/decompose.js";
import type { Message, Trajectory } from "../types.js";
import type { VerdictRecord } from "../run/records.js";

const WORLD = { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 };
const TASK = { kind: "synthetic-qa", seed: 5, train: 8, test: 0, world: WORLD };
const SAMPLES = 2;
const qa = buildQaEnv({ seed: TASK.seed, train: TASK.train, test: TASK.test, world: WORLD });
const teacher = new QaTeacher(qa, qa.train, { mistakeRate: 0.4, seed: 2 });

interface Body { messages: Message[]; seed?: number; temperature?: number; max_tokens?: number; max_completion_tokens?: number; stop?: string[] }

/** The reply a model would give: a judge label for judge prompts, else the teacher's next action. */
function reply(b: Body): string {
  const last = b.messages.at(-1)?.content ?? "";
  const h = parseInt(contentHash(b.messages).slice(0, 2), 16);
  if (last.includes("Is this step GOOD or BAD?")) return `It asks for what is missing.\n${h % 4 === 0 ? "BAD" : "GOOD"}`;
  if (last.includes("Is the answer correct?")) return `Compared with the key.\n${h % 3 === 0 ? "NO" : "YES"}`;
  return teacher.act(b.messages, String(b.seed ?? ""));
}

function startServer() {
  const answered = new Map<string, number>();
  let limit = Infinity;
  let onLimit: () => void = () => {};
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url?.endsWith("/models")) {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ object: "list", data: [{ id: "teacher", object: "model", created: 0, owned_by: "test" }] }));
      return;
    }
    let raw = "";
    req.on("data", (d: Buffer) => (raw += d.toString()));
    req.on("end", () => {
      setTimeout(() => {
        if (total() >= limit) return void held.push(res); // past the limit: hang until the child dies
        const b = JSON.parse(raw) as Body;
        const key = contentHash({ m: b.messages, s: b.seed, t: b.temperature, n: b.max_tokens ?? b.max_completion_tokens, stop: b.stop });
        answered.set(key, (answered.get(key) ?? 0) + 1);
        // like vLLM: cut at the first stop string, drop it, and name it in stop_reason
        let text = reply(b);
        let stopReason: string | null = null;
        for (const s of b.stop ?? []) {
          const i = text.indexOf(s);
          if (i >= 0) [text, stopReason] = [text.slice(0, i), s];
        }
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({
          id: "c", object: "chat.completion", created: 0, model: "teacher",
          choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop", stop_reason: stopReason, logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }));
        if (total() >= limit) onLimit();
      }, 20);
    });
  });
  const total = () => [...answered.values()].reduce((a, b) => a + b, 0);
  return {
    answered,
    total,
    /** Resolves once `n` requests have been answered; later ones hang. */
    holdAfter(n: number): Promise<void> {
      limit = n;
      return new Promise((resolve) => (onLimit = resolve));
    },
    release() {
      limit = Infinity;
      for (const r of held.splice(0)) r.destroy();
    },
    async listen(): Promise<string> {
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

type Server = ReturnType<typeof startServer>;

function swirl(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const child = spawn(process.execPath, ["dist/src/cli/main.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, out })));
  return { child, done };
}

/** Runs a command, kills it with SIGKILL after the server has answered `after` requests, then reruns it to the end. */
async function killAndResume(server: Server, args: string[], after: number): Promise<string> {
  const held = server.holdAfter(after);
  const first = swirl(args);
  const early = await Promise.race([held.then(() => undefined), first.done]);
  assert.equal(early, undefined, `finished before the kill: ${JSON.stringify(early)}`);
  await new Promise((r) => setTimeout(r, 300)); // let the child store the answers it received
  first.child.kill("SIGKILL");
  const killed = await first.done;
  assert.equal(killed.signal, "SIGKILL");
  server.release();
  const second = await swirl(args).done;
  assert.equal(second.code, 0, second.out);
  return second.out;
}

const lines = <T>(file: string): T[] => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);
const distinctPaidOnce = (s: Server) => [...s.answered.values()].every((n) => n === 1);

test("generate and judge, killed with SIGKILL mid-run and rerun, lose nothing, duplicate nothing and pay no call twice", async () => {
  const server = startServer();
  const url = await server.listen();
  try {
    const dir = await mkdtemp(join(tmpdir(), "swirl-kill-"));
    const config = join(dir, "config.yaml");
    writeFileSync(config, [
      `run: ${join(dir, "run")}`,
      `task: ${JSON.stringify(TASK)}`,
      `policy: { kind: http, baseURL: "${url}", model: teacher, maxRetries: 0 }`,
      `generate: { samples: ${SAMPLES}, concurrency: 4 }`,
    ].join("\n"));

    // a reference run, never interrupted, to compare against
    const reference = await swirl(["generate", "--config", config, "--run", join(dir, "reference")]).done;
    assert.equal(reference.code, 0, reference.out);
    const refCalls = server.total();
    server.answered.clear();

    const out = await killAndResume(server, ["generate", "--config", config], Math.floor(refCalls / 2));
    assert.match(out, /already done/);
    // the rerun paid only what the killed run had not stored (nothing failed: no retries)
    const paid = Number(/(\d+) requests, 0 retries, 0 failed attempts, (\d+) cache hits/.exec(out)?.[1]);
    assert.ok(paid > 0 && paid < refCalls, out);
    const trajectories = lines<Trajectory>(join(dir, "run", "trajectories.jsonl"));
    const ids = trajectories.map((t) => t.id);
    assert.equal(ids.length, TASK.train * SAMPLES, "every trajectory, once");
    assert.equal(new Set(ids).size, ids.length, "no duplicates");
    assert.ok(trajectories.every((t) => t.stop !== "error"));
    assert.ok(distinctPaidOnce(server), "no request answered twice");
    assert.equal(server.total(), refCalls, "exactly the calls of an uninterrupted run");
    // the resumed trajectories are the ones an uninterrupted run makes (timings aside)
    const strip = (t: Trajectory) => JSON.stringify({ ...t, steps: t.steps.map((s) => ({ ...s, ms: 0 })) });
    const ref = new Map(lines<Trajectory>(join(dir, "reference", "trajectories.jsonl")).map((t) => [t.id, strip(t)]));
    for (const t of trajectories) assert.equal(strip(t), ref.get(t.id), t.id);
    const events = lines<{ stage: string; event: string }>(join(dir, "run", "stage-log.jsonl")).map((e) => `${e.stage}:${e.event}`);
    // the killed run's lock is taken over by the rerun, and the log says so
    assert.deepEqual(events, ["generate:start", "generate:recovered", "generate:resume", "generate:finish"]);

    // judge with an LLM judge over the same server
    server.answered.clear();
    // identical inputs (the same first step in two samples of a question) are judged once
    const inputs = new Set(trajectories.flatMap((t) => [
      ...decompose(t).map((s) => JSON.stringify(["process", t.exampleId, s.messages, s.action])),
      ...(t.stop === "answered" ? [JSON.stringify(["outcome", t.exampleId, t.answer])] : []),
    ]));
    const items = inputs.size;
    const judgeArgs = ["judge", "--run", join(dir, "run"), "--judge", "llm", "--base-url", url, "--model", "teacher", "--concurrency", "4"];
    await killAndResume(server, judgeArgs, Math.floor(items / 2));
    const verdicts = lines<VerdictRecord>(join(dir, "run", "verdicts.jsonl"));
    const keys = verdicts.map((v) => `${v.kind}:${v.id}`);
    assert.equal(new Set(keys).size, keys.length, "no duplicate verdicts");
    const steps = trajectories.reduce((n, t) => n + t.steps.length, 0);
    assert.equal(verdicts.filter((v) => v.kind === "process").length, steps);
    assert.equal(verdicts.filter((v) => v.kind === "outcome").length, TASK.train * SAMPLES);
    assert.ok(verdicts.every((v) => v.label !== undefined));
    assert.ok(distinctPaidOnce(server), "no judge request answered twice");
    assert.equal(server.total(), items, "one call per distinct step and answer");

    const filtered = await swirl(["filter", "--run", join(dir, "run")]).done;
    assert.equal(filtered.code, 0, filtered.out);
    assert.match(filtered.out, /process\+outcome/);
  } finally {
    server.release();
    await server.close();
  }
});
