/**
 * `npm run bench -- faults [--quick]`: kill -9, flaky servers and two writers, for real.
 *
 * A flaky OpenAI-compatible server on 127.0.0.1 (src/policy/http-server.fixture.ts) answers as the
 * synthetic QA teacher and as a judge; the first attempt of a seeded share of distinct requests
 * fails instead: 429 with Retry-After, 500, a hang past the client's timeout, a reset, a malformed
 * body, a truncated body, an oversize body, a text longer than max_tokens allows. `swirl generate`,
 * `swirl judge` (LLM judge) and `swirl train` (LLM process judge) run as child processes and are
 * killed with SIGKILL at seeded points (after a seeded number of answers, the server holds every
 * request, so those are the ones in flight) and rerun until they finish. Then two `generate`s on
 * one folder, a stale lock, and a checkpoint save cut between its two renames.
 *
 *   lost / duplicated          records missing or written twice in trajectories, verdicts, metrics
 *   repaid_beyond_in_flight    requests the server answered twice (held requests are never answered)
 *   failures_injected/recorded faults the server sent / model failures in the runs' failures.jsonl
 *   train_judge_calls_repaid   judge requests of `train` answered twice
 *   train_updates_repeated     updates computed again after kills (target: at most one
 *                              checkpoint interval per kill)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeOpenAI, type FakeAction, type FakeServer } from "../src/policy/http-server.fixture.js";
import { buildQaEnv } from "../src/synthetic/qa/env.js";
import { QaTeacher } from "../src/synthetic/qa/teacher.js";
import { contentHash } from "../src/run/kv.js";
import { Rng } from "../src/util/random.js";
import { packageRoot } from "../src/util/package-root.js";
import type { Message } from "../src/types.js";

export interface FaultsOptions {
  readonly quick: boolean;
  readonly seed?: number;
  /** Progress lines (default console.log). */
  readonly log?: (line: string) => void;
}

const WORLD = { countries: 4, cities: 12, organisations: 16, persons: 60, works: 20 };
const FAULTS = ["rate_limit", "server", "hang", "reset", "malformed", "truncated", "oversize", "overlong"] as const;
type Fault = (typeof FAULTS)[number];
/**
 * Client timeout of every child. A busy child (train computes between calls) sees its timers
 * late, so a shorter one fires on replies that had arrived. The wait before a kill (for the
 * child to store what it received) is shorter, so requests held for a kill are killed, not timed out.
 */
const TIMEOUT_MS = 2000;
const GRACE_MS = 500;

interface Body { messages: Message[]; seed?: number; temperature?: number; max_tokens?: number; stop?: string[] }

/** The flaky teacher-and-judge server and its books. */
class FlakyServer {
  /** Successful answers per distinct request. */
  readonly answered = new Map<string, number>();
  readonly injected: Record<Fault, number> = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  private readonly faulted = new Set<string>();
  private limit = Infinity;
  private onLimit: () => void = () => {};
  private server?: FakeServer;
  private oversize?: string;
  answers = 0;

  constructor(private readonly seed: number, private readonly rate: number, private readonly teacher: QaTeacher) {}

  get baseURL(): string {
    return this.server!.baseURL;
  }

  async start(): Promise<void> {
    this.server = await startFakeOpenAI((r) => this.handle(r.body as unknown as Body), "teacher");
  }

  private async handle(b: Body): Promise<FakeAction> {
    // held: in flight at the kill; one the client gives up on first is a hang like any other
    if (this.answers >= this.limit) return { hang: true, onClose: () => this.closedHang() };
    const key = contentHash({ m: b.messages, s: b.seed, t: b.temperature, n: b.max_tokens, stop: b.stop });
    const u = parseInt(contentHash([this.seed, key]).slice(0, 8), 16) / 2 ** 32;
    if (!this.faulted.has(key) && u < this.rate) {
      this.faulted.add(key);
      const fault = FAULTS[Math.floor((u / this.rate) * FAULTS.length)]!;
      if (fault !== "hang") this.injected[fault]++;
      return this.fault(fault, b.max_tokens ?? 64);
    }
    this.answered.set(key, (this.answered.get(key) ?? 0) + 1);
    this.answers++;
    if (this.answers >= this.limit) queueMicrotask(this.onLimit);
    return this.reply(b);
  }

  private fault(f: Fault, maxTokens: number): FakeAction {
    const long = (chars: number) => JSON.stringify({ id: "x", object: "chat.completion", created: 0, model: "teacher", choices: [{ index: 0, message: { role: "assistant", content: "a".repeat(chars) }, finish_reason: "stop" }] });
    switch (f) {
      case "rate_limit": return { status: 429, headers: { "retry-after": "1", "retry-after-ms": "20" } };
      case "server": return { status: 500 };
      case "hang": return { hang: true, onClose: () => this.closedHang() };
      case "reset": return { drop: true };
      case "malformed": return { raw: '{"id": "x", "choices": [' };
      case "truncated": return { raw: '{"id": "x", "object": "chat.com', declaredLength: 400 };
      case "oversize": return { raw: (this.oversize ??= long(8 << 20)) };
      case "overlong": return { raw: long(200 * maxTokens) };
    }
  }

  private reply(b: Body): FakeAction {
    const last = b.messages.at(-1)?.content ?? "";
    const h = parseInt(contentHash(b.messages).slice(0, 2), 16);
    let text: string;
    if (last.includes("Is this step GOOD or BAD?")) text = `It asks for what is missing.\n${h % 4 === 0 ? "BAD" : "GOOD"}`;
    else if (last.includes("Is the answer correct?")) text = `Compared with the key.\n${h % 3 === 0 ? "NO" : "YES"}`;
    else text = this.teacher.act(b.messages, String(b.seed ?? ""));
    // like vLLM: cut at the first stop string and name it
    let stopReason: string | null = null;
    for (const s of b.stop ?? []) {
      const i = text.indexOf(s);
      if (i >= 0) [text, stopReason] = [text.slice(0, i), s];
    }
    return { reply: text, stopReason };
  }

  /** A hang counts once its client gives up on it, not when a kill closes it. */
  private closedHang(): void {
    if (!this.killing) this.injected.hang++;
  }

  /** Set while a child is being killed. */
  killing = false;

  /** Resolves once `n` more requests have been answered; later ones are held. */
  holdAfter(n: number): Promise<void> {
    this.limit = this.answers + n;
    return new Promise((resolve) => (this.onLimit = resolve));
  }

  release(): void {
    this.limit = Infinity;
  }

  /** Distinct requests answered more than once, and the extra answers. */
  repaid(keys?: (k: string) => boolean): number {
    let n = 0;
    for (const [k, c] of this.answered) if (c > 1 && (!keys || keys(k))) n += c - 1;
    return n;
  }

  get injectedTotal(): number {
    return Object.values(this.injected).reduce((a, b) => a + b, 0);
  }

  close(): Promise<void> {
    this.release();
    return this.server?.close() ?? Promise.resolve();
  }
}

interface Exit { code: number | null; signal: string | null; out: string }

function swirl(args: readonly string[]): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, [join(packageRoot(import.meta.url), "dist/src/cli/main.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return { child, done: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, out }))) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `args` to the end, killing it with SIGKILL `kills` times, each after a seeded number of
 * answers in [1, span]; returns every attempt's output and how many kills landed.
 */
async function runWithKills(server: FlakyServer, args: readonly string[], kills: number, span: number, rng: Rng, afterKill?: () => void): Promise<{ outs: string[]; kills: number }> {
  const outs: string[] = [];
  let landed = 0;
  for (let k = 0; k < kills; k++) {
    const held = server.holdAfter(1 + rng.int(Math.max(1, span)));
    const run = swirl(args);
    const first = await Promise.race([held.then(() => undefined), run.done]);
    if (first !== undefined) {
      server.release();
      if (first.code !== 0) throw new Error(`swirl ${args.join(" ")} failed:\n${first.out}`);
      outs.push(first.out);
      return { outs, kills: landed }; // finished before this kill point
    }
    await sleep(GRACE_MS); // what the child received is stored
    server.killing = true;
    run.child.kill("SIGKILL");
    const killed = await run.done;
    await sleep(50); // the server sees the connections close
    server.killing = false;
    outs.push(killed.out);
    server.release();
    if (killed.signal === "SIGKILL") landed++;
    afterKill?.();
  }
  const last = await swirl(args).done;
  if (last.code !== 0) throw new Error(`swirl ${args.join(" ")} failed:\n${last.out}`);
  outs.push(last.out);
  return { outs, kills: landed };
}

const jsonl = <T>(file: string): T[] => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T) : []);
const dupes = (ids: readonly string[]) => ids.length - new Set(ids).size;
const modelFailures = (runDir: string) => jsonl<{ source: string; kind: string; problem: string }>(join(runDir, "failures.jsonl")).filter((f) => f.source === "model");

export async function benchFaults(o: FaultsOptions): Promise<Record<string, unknown>> {
  const log = o.log ?? ((s: string) => console.log(s));
  const seed = o.seed ?? 1;
  const rng = new Rng(`faults:${seed}`);
  const kills = o.quick ? 2 : 5;
  const task = { kind: "synthetic-qa", seed: 5, train: o.quick ? 8 : 24, test: 0, world: WORLD };
  const samples = 2;
  const qa = buildQaEnv({ seed: task.seed, train: task.train, test: task.test, world: WORLD });
  const server = new FlakyServer(seed, 0.25, new QaTeacher(qa, qa.train, { mistakeRate: 0.4, seed: 2 }));
  await server.start();
  const dir = mkdtempSync(join(tmpdir(), "swirl-faults-"));
  const rows: Record<string, unknown>[] = [];
  const t0 = performance.now();
  try {
    const url = server.baseURL;
    const http = { baseURL: url, model: "teacher", maxRetries: 10, timeoutMs: TIMEOUT_MS };
    const config = join(dir, "config.yaml");
    writeFileSync(config, [
      `run: ${join(dir, "run")}`,
      `task: ${JSON.stringify(task)}`,
      `policy: ${JSON.stringify({ kind: "http", ...http })}`,
      `judge: ${JSON.stringify({ kind: "llm", ...http, concurrency: 4 })}`,
      `generate: { samples: ${samples}, concurrency: 4 }`,
    ].join("\n"));
    const run = join(dir, "run");

    // 1. generate, killed and rerun
    const gen = await runWithKills(server, ["generate", "--config", config], kills, task.train * 3, rng);
    const trajectories = jsonl<{ id: string; stop: string }>(join(run, "trajectories.jsonl"));
    const genLost = task.train * samples - new Set(trajectories.filter((t) => t.stop !== "error").map((t) => t.id)).size;
    rows.push({ scenario: "generate", kills: gen.kills, lost: genLost, duplicated: dupes(trajectories.map((t) => t.id)), repaid: server.repaid() });
    log(`faults: generate ${JSON.stringify(rows.at(-1))}`);

    // 2. judge with the LLM judge, killed and rerun
    server.answered.clear();
    const jud = await runWithKills(server, ["judge", "--config", config], kills, task.train * 3, rng);
    const verdicts = jsonl<{ kind: string; id: string; label?: string }>(join(run, "verdicts.jsonl"));
    const steps = jsonl<{ steps: unknown[] }>(join(run, "trajectories.jsonl")).reduce((n, t) => n + t.steps.length, 0);
    const judLost = steps + task.train * samples - verdicts.filter((v) => v.label !== undefined).length;
    rows.push({ scenario: "judge", kills: jud.kills, lost: judLost, duplicated: dupes(verdicts.map((v) => `${v.kind}:${v.id}`)), repaid: server.repaid() });
    log(`faults: judge ${JSON.stringify(rows.at(-1))}`);

    server.answered.clear();
    // 3. train with the LLM process judge over the same server, killed and rerun
    const train = await trainScenario(server, dir, config, kills, rng);
    rows.push(train.row);
    log(`faults: train ${JSON.stringify(train.row)}`);

    // 4. two writers on one folder, and a stale lock taken over
    server.answered.clear();
    const writers = await twoWriters(server, dir, config, task.train * samples);
    rows.push({ scenario: "two writers", kills: 1, lost: writers.lost, duplicated: writers.duplicated, repaid: server.repaid(), second_writer_refused: writers.refused, stale_lock_taken_over: writers.tookOver });
    log(`faults: writers ${JSON.stringify(rows.at(-1))}`);

    const recordedList = [...modelFailures(run), ...modelFailures(train.runDir), ...modelFailures(writers.runDir)];
    const recordedByKind: Record<string, number> = {};
    for (const f of recordedList) recordedByKind[f.kind] = (recordedByKind[f.kind] ?? 0) + 1;
    const recorded = recordedList.length;
    const result = {
      lost: rows.reduce((n, r) => n + Number(r.lost), 0),
      duplicated: rows.reduce((n, r) => n + Number(r.duplicated), 0),
      repaid_beyond_in_flight: rows.reduce((n, r) => n + Number(r.repaid), 0),
      failures_injected: server.injectedTotal,
      failures_recorded: recorded,
      train_judge_calls_repaid: train.judgeRepaid,
      train_updates_repeated: train.updatesRepeated,
      train_checkpoint_every: train.every,
      kills: rows.reduce((n, r) => n + Number(r.kills), 0),
      second_writer_refused: writers.refused,
      stale_lock_taken_over: writers.tookOver,
      checkpoint_rename_kill_recovered: train.renameKillRecovered,
      injected_by_kind: server.injected,
      recorded_by_kind: recordedByKind,
      recorded_problems: [...new Set(recordedList.map((f) => f.problem.replace(/\d+/g, "N")))],
      scenarios: rows,
      quick: o.quick,
      seed,
      seconds: Math.round((performance.now() - t0) / 1000),
      date: new Date().toISOString(),
    };
    return result;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function must(args: readonly string[]): Promise<string> {
  const r = await swirl(args).done;
  if (r.code !== 0) throw new Error(`swirl ${args.join(" ")} failed:\n${r.out}`);
  return r.out;
}

/**
 * A tiny embedded policy rolls out its own states (no server), the LLM judge labels them; then
 * `train` with that judge is killed and rerun. Afterwards its checkpoint folder is left as a
 * kill between the two renames of a save leaves it (no `latest`; the previous checkpoint at
 * `latest.old-*`, the new one at `latest.tmp-*`), once with the new one complete (the resume
 * must take it: nothing left to do) and once with it incomplete (the resume must take the
 * previous one and redo the rest); the metrics log must keep one row per update throughout.
 */
async function trainScenario(server: FlakyServer, dir: string, config: string, kills: number, rng: Rng) {
  const out = await must(["pretrain", "--cache", join(dir, "pretrain"), "--preset", "tiny", "--steps", "4", "--qa-questions", "40", "--math-questions", "20"]);
  const ck = /-> (\S+)$/m.exec(out)![1]!;
  const runDir = join(dir, "train-run");
  await must(["generate", "--run", runDir, "--task", "synthetic-qa", "--checkpoint", ck, "--limit", "6", "--samples", "2", "--max-action-tokens", "24"]);
  const judgeCfg = join(dir, "judge.yaml");
  writeFileSync(judgeCfg, readFileSync(config, "utf8").split("\n").filter((l) => l.startsWith("judge:")).join("\n") + "\n");
  await must(["judge", "--run", runDir, "--config", judgeCfg]);
  await must(["filter", "--run", runDir]);
  const steps = 12;
  const every = 3;
  const outDir = join(runDir, "train-swirl-none");
  const args = ["train", "--run", runDir, "--filter", "none", "--steps", String(steps), "--states-per-step", "2", "--samples", "2", "--checkpoint-every", String(every)];
  server.answered.clear(); // the setup's judge calls are not training's
  const r = await runWithKills(server, args, kills, steps * 2, rng);
  const stepLines = r.outs.join("\n").match(/^step \d+\/\d+ /gm)?.length ?? 0;
  const judgeRepaid = server.repaid();
  const metrics = jsonl<{ step: number }>(join(outDir, "metrics.jsonl")).map((m) => String(m.step));

  // a genuine earlier checkpoint: a run killed just after it printed update `every * 2` (saved before it prints)
  const renameOut = join(runDir, "train-rename");
  const renameArgs = [...args, "--out", renameOut];
  const ckDir = join(renameOut, "checkpoints");
  const older = join(dir, "older-checkpoint");
  const killedAt = await killAtLine(renameArgs, new RegExp(`^step ${every * 2}/`, "m"));
  cpSync(join(ckDir, "latest"), older, { recursive: true });
  await must(renameArgs);
  const metricsOf = () => jsonl<{ step: number }>(join(renameOut, "metrics.jsonl")).map((m) => String(m.step));
  let renameKillRecovered = false;
  if (killedAt) {
    const stepOf = (d: string) => (JSON.parse(readFileSync(join(d, "train_state.json"), "utf8")) as { step: number }).step;
    // the new checkpoint complete beside the moved-aside previous one
    renameSync(join(ckDir, "latest"), join(ckDir, "latest.tmp-bench"));
    cpSync(older, join(ckDir, "latest.old-bench"), { recursive: true });
    const a = await must(renameArgs);
    const tookNewer = !/^step /m.test(a) && stepOf(join(ckDir, "latest")) === steps && metricsOf().length === steps;
    // the new one incomplete: the previous one is the newest complete checkpoint
    renameSync(join(ckDir, "latest"), join(ckDir, "latest.tmp-bench"));
    rmSync(join(ckDir, "latest.tmp-bench", "manifest.json"));
    cpSync(older, join(ckDir, "latest.old-bench"), { recursive: true });
    const b = await must(renameArgs);
    const redone = b.match(/^step \d+\/\d+ /gm)?.length ?? 0;
    const m = metricsOf();
    const tookOlder = redone === steps - stepOf(older) && m.length === steps && dupes(m) === 0;
    renameKillRecovered = tookNewer && tookOlder && readdirSync(ckDir).every((n) => !n.includes(".tmp-") && !n.includes(".old-"));
  }
  return {
    runDir,
    every,
    judgeRepaid,
    updatesRepeated: stepLines - steps,
    renameKillRecovered,
    row: { scenario: "train", kills: r.kills + (killedAt ? 1 : 0), kills_while_counting_updates: r.kills, lost: steps - new Set(metrics).size, duplicated: dupes(metrics), repaid: judgeRepaid, updates_repeated: stepLines - steps },
  };
}

/** Runs `args` and kills it with SIGKILL as soon as its output matches `line`; false when it finished first. */
async function killAtLine(args: readonly string[], line: RegExp): Promise<boolean> {
  const run = swirl(args);
  let out = "";
  const seen = new Promise<void>((resolve) => run.child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    if (line.test(out)) resolve();
  }));
  const first = await Promise.race([seen.then(() => undefined), run.done]);
  if (first !== undefined) return false;
  run.child.kill("SIGKILL");
  return (await run.done).signal === "SIGKILL";
}

/** Two `generate`s started together on one folder: one runs, the other is refused; a dead pid's lock is taken over. */
async function twoWriters(server: FlakyServer, dir: string, config: string, expected: number) {
  const runDir = join(dir, "two-writers");
  const held = server.holdAfter(2);
  const a = swirl(["generate", "--config", config, "--run", runDir]);
  await held; // a holds the lock and waits on the server
  const b = await swirl(["generate", "--config", config, "--run", runDir]).done;
  const refused = b.code !== 0 && /is writing this run folder/.test(b.out);
  server.killing = true;
  a.child.kill("SIGKILL");
  await a.done;
  await sleep(50);
  server.killing = false;
  server.release();
  // a's lock is left behind by the kill: the next writer takes it over
  const c = await swirl(["generate", "--config", config, "--run", runDir]).done;
  const log = jsonl<{ event: string; note?: string }>(join(runDir, "stage-log.jsonl"));
  const tookOver = c.code === 0 && log.some((e) => e.event === "recovered" && /took over the lock/.test(e.note ?? ""));
  const ids = jsonl<{ id: string; stop: string }>(join(runDir, "trajectories.jsonl")).filter((t) => t.stop !== "error").map((t) => t.id);
  return { runDir, refused, tookOver, duplicated: dupes(ids), lost: expected - new Set(ids).size };
}
