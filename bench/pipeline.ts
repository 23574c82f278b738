/**
 * `npm run bench -- pipeline [--quick]`: how close `generate` through the HTTP backend comes to
 * what the transport alone can do, and what it costs in memory.
 *
 * One fake OpenAI-compatible server runs in a child process (bench/pipeline-child.ts) and answers
 * at once with the synthetic QA teacher's next action, so the rollouts are real multi-step ones
 * (search tool real, on the BM25 index of the synthetic world). Against it, in this run:
 *   bare      N concurrent keep-alive POST /v1/chat/completions loops, bodies captured from real
 *             rollouts of the same questions, with plain fetch (undici, what the openai client
 *             uses) and with node:http; the faster is the reference: requests/s. The bodies are
 *             replayed ready-made: a bare loop writes no JSON and keeps no books
 *   writing   the node:http loop writing each body from its request with the backend's writer:
 *             what serialising a request costs any client (bare_writing_bodies_ratio)
 *   backend   the same loops through `httpPolicy.complete` on the captured requests (writes each
 *             body, endpoint pool, reply parsing, usage) and nothing else: the backend's own share
 *   pipeline  `generate` (policy cache on, as by default) with `httpPolicy` at the same N on
 *             synthetic QA questions: model calls/s (steps/s)
 *   ratio     pipeline_overhead_ratio = pipeline steps/s ÷ bare requests/s (target >= 0.8);
 *             backend_only_ratio = backend requests/s ÷ bare requests/s splits it in two
 *   memory    one `generate` run of 100k trajectories (10k with --quick) in its own child process
 *             (so its VmHWM is its own), cache on: peak RSS and bytes per trajectory
 * The phases alternate for several short rounds; the ratios are taken within each round and the
 * median over rounds counts (the machine is shared and its speed drifts).
 * Client and server processes share the machine's cores; CPU time per request of each is reported,
 * and context switches per request (cs/req): the bare loops send each request as soon as its
 * reply lands, while `generate` (group-committed cache appends) sends the next requests of all
 * replies of one loop turn together, so each wake-up of either process handles more requests and
 * the ratio can pass 1 on a box this small.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Completion, CompletionRequest, Policy } from "../src/policy/policy.js";
import { chatRequestJson, httpPolicy } from "../src/policy/http.js";
import { QA_TEMPLATE } from "../src/rollout/prompts.js";
import { jobsFor, runRollouts } from "../src/rollout/run-many.js";
import { generate } from "../src/stages/generate.js";
import { buildQaEnv, type QaEnv } from "../src/synthetic/qa/env.js";
import { QaTeacher } from "../src/synthetic/qa/teacher.js";
import type { Example } from "../src/types.js";
import { BENCH_MODEL, TEACHER_MISTAKE_RATE, contextSwitches, type MemoryJob, type MemoryResult } from "./pipeline-child.js";

const SEED = "bench-pipeline";
const CONCURRENCY = 16;
const SAMPLES = 5;
const CHILD = join(dirname(fileURLToPath(import.meta.url)), "pipeline-child.js");

interface ServerStats { calls: number; maxConcurrent: number; cpu: NodeJS.CpuUsage; switches: number }

class ServerChild {
  private constructor(private readonly child: ChildProcess, readonly baseURL: string) {}

  static async start(train: number): Promise<ServerChild> {
    const child = fork(CHILD, ["server", SEED, String(train)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const baseURL = await new Promise<string>((resolve, reject) => {
      child.once("message", (m) => resolve((m as { baseURL: string }).baseURL));
      child.once("exit", (code) => reject(new Error(`bench pipeline: server child exited (${code})`)));
    });
    return new ServerChild(child, baseURL);
  }

  stats(): Promise<ServerStats> {
    return new Promise((resolve) => {
      this.child.once("message", (m) => resolve(m as ServerStats));
      this.child.send("stats");
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.send("close");
    });
  }
}

/** What one measured phase did: requests, wall time, and the CPU time client and server spent. */
interface Phase {
  requests: number;
  ms: number;
  clientCpuMs: number;
  serverCpuMs: number;
  /** Context switches of each side's event-loop thread. */
  clientSwitches: number;
  serverSwitches: number;
}

async function measure(server: ServerChild, fn: () => Promise<number>): Promise<Phase> {
  const s0 = await server.stats();
  const x0 = contextSwitches();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const requests = await fn();
  const ms = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const clientSwitches = contextSwitches() - x0;
  const s1 = await server.stats();
  const cpu = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const served = s1.calls - s0.calls;
  if (served !== requests) throw new Error(`bench pipeline: client counted ${requests} requests, server ${served}`);
  return { requests, ms, clientCpuMs: cpu(c1), serverCpuMs: cpu(s1.cpu) - cpu(s0.cpu), clientSwitches, serverSwitches: s1.switches - s0.switches };
}

const rate = (p: Phase): number => (p.requests / p.ms) * 1000;

/**
 * The requests of teacher rollouts of `examples` (every step of each, so the mix of context
 * lengths is the pipeline's), and their bodies as the HTTP backend writes them.
 */
async function captureRequests(env: QaEnv, examples: readonly Example[]): Promise<{ requests: CompletionRequest[]; bodies: string[] }> {
  const teacher = new QaTeacher(env, env.train, { mistakeRate: TEACHER_MISTAKE_RATE, seed: 1 });
  const requests: CompletionRequest[] = [];
  const capture: Policy = {
    name: "capture",
    complete(r: CompletionRequest): Promise<Completion> {
      requests.push({ ...r, messages: [...r.messages] }); // the rollout appends to its array later
      return teacher.complete(r);
    },
  };
  await runRollouts(jobsFor(examples, 1), { policy: capture, tools: new Map([[env.search.tag, env.search]]), template: QA_TEMPLATE, temperature: 1, maxActionTokens: 64, seed: 0 }, 1);
  return { requests, bodies: requests.map((r) => chatRequestJson(r, BENCH_MODEL, {})) }; // the backend's own body writer
}

/**
 * `concurrency` loops, each sending one request after another (`send(i)` with a running index)
 * until `ms` have passed; returns the requests completed.
 */
async function loadLoops(concurrency: number, ms: number, send: (i: number) => Promise<void>): Promise<number> {
  const end = performance.now() + ms;
  let next = 0;
  let done = 0;
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      await send(next++);
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return done;
}

/** Keep-alive POSTs of the captured bodies with fetch. */
function bareFetch(baseURL: string, bodies: readonly string[], concurrency: number, ms: number): Promise<number> {
  const url = `${baseURL}/chat/completions`;
  const headers = { "content-type": "application/json", authorization: "Bearer EMPTY" };
  return loadLoops(concurrency, ms, async (i) => {
    const res = await fetch(url, { method: "POST", headers, body: bodies[i % bodies.length] });
    const reply = (await res.json()) as { choices?: unknown[] };
    if (!res.ok || !reply.choices) throw new Error(`bench pipeline: bare fetch got ${res.status}`);
  });
}

/**
 * The same on node:http with a keep-alive agent of `concurrency` sockets; `body(i)` gives the i-th
 * request's body (a captured one, or one written on the spot).
 */
async function bareNodeHttp(baseURL: string, body: (i: number) => string, concurrency: number, ms: number): Promise<number> {
  const url = new URL(`${baseURL}/chat/completions`);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (body: string) => new Promise<void>((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: "Bearer EMPTY" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const reply = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { choices?: unknown[] };
        if (res.statusCode !== 200 || !reply.choices) reject(new Error(`bench pipeline: bare node:http got ${res.statusCode}`));
        else resolve();
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
  try {
    return await loadLoops(concurrency, ms, (i) => post(body(i)));
  } finally {
    agent.destroy();
  }
}

/**
 * The same through the HTTP backend alone (`httpPolicy.complete` on the captured requests:
 * body writing, endpoint pool, reply parsing, usage; no rollout, cache or log): what the backend
 * costs over the bare transport, apart from what the rest of `generate` costs.
 */
async function backendOnly(baseURL: string, requests: readonly CompletionRequest[], concurrency: number, ms: number): Promise<number> {
  const policy = httpPolicy({ baseURL, model: BENCH_MODEL, maxConcurrency: concurrency, retries: 0 });
  try {
    return await loadLoops(concurrency, ms, async (i) => void (await policy.complete(requests[i % requests.length]!)));
  } finally {
    await policy.close();
  }
}

/** One `generate` run on `examples` × SAMPLES in a fresh run folder; returns model calls made. */
async function runGenerate(baseURL: string, env: QaEnv, examples: readonly Example[]): Promise<{ calls: number; trajectories: number }> {
  const dir = mkdtempSync(join(tmpdir(), "swirl-bench-pipeline-"));
  try {
    const policy = httpPolicy({ baseURL, model: BENCH_MODEL, maxConcurrency: CONCURRENCY, retries: 0 });
    const r = await generate({
      runDir: dir, policy, examples, tools: new Map([[env.search.tag, env.search]]), template: QA_TEMPLATE,
      samples: SAMPLES, temperature: 1, seed: 0, concurrency: CONCURRENCY, maxActionTokens: 64,
    });
    if (r.errors > 0) throw new Error(`bench pipeline: ${r.errors} trajectories ended in errors`);
    return { calls: r.policyCalls, trajectories: r.generated };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runMemoryChild(job: MemoryJob): Promise<MemoryResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, ["memory", JSON.stringify(job)], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: ["--expose-gc"] });
    let settled = false;
    child.on("message", (m) => {
      const msg = m as { result?: MemoryResult; error?: string };
      settled = true;
      if (msg.result) resolve(msg.result);
      else reject(new Error(`bench pipeline: memory child failed: ${msg.error}`));
    });
    child.on("exit", (code) => {
      if (!settled) reject(new Error(`bench pipeline: memory child exited (${code}) without a result`));
    });
  });
}

const round = (x: number, digits = 0): number => Number(x.toFixed(digits));

export async function benchPipeline(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const memTrajectories = opts.quick ? 10_000 : 100_000;
  const train = memTrajectories / SAMPLES; // the memory run rolls out every train question
  // many short rounds rather than a few long ones: the ratio is taken within each round, from
  // phases seconds apart, and the median over rounds counts (this machine's speed drifts by a
  // third within minutes, which made a best-of-3 of separate phases a matter of luck)
  const rounds = opts.quick ? 3 : 9;
  const phaseMs = opts.quick ? 1500 : 2500;
  const cores = cpus().length;
  console.log(`bench pipeline: concurrency ${CONCURRENCY}, ${rounds} rounds of ~${phaseMs / 1000} s per phase${opts.quick ? " (quick)" : ""}`);
  // other work on the machine takes cores from both sides; the load says how much there was
  const load = round(loadavg()[0]!, 2);
  console.log(`  client (this process) and fake server (child process) share this machine's ${cores} cores (${cpus()[0]?.model ?? "unknown"}; load average ${load} at start)`);

  const server = await ServerChild.start(train);
  try {
    const env = buildQaEnv({ seed: SEED, train, test: 0 });
    const { requests, bodies } = await captureRequests(env, env.train.slice(0, 200));
    const meanBody = bodies.reduce((n, b) => n + b.length, 0) / bodies.length;
    console.log(`  server ${server.baseURL}; ${bodies.length} captured request bodies, mean ${Math.round(meanBody)} bytes\n`);

    // warm-up (JIT, sockets) and sizing of the pipeline phase
    await bareFetch(server.baseURL, bodies, CONCURRENCY, 500);
    const replay = (i: number): string => bodies[i % bodies.length]!;
    const write = (i: number): string => chatRequestJson(requests[i % requests.length]!, BENCH_MODEL, {});
    await bareNodeHttp(server.baseURL, replay, CONCURRENCY, 500);
    await bareNodeHttp(server.baseURL, write, CONCURRENCY, 500);
    await backendOnly(server.baseURL, requests, CONCURRENCY, 500);
    const warm = await measure(server, async () => (await runGenerate(server.baseURL, env, env.train.slice(0, 60))).calls);
    const warm2 = await measure(server, async () => (await runGenerate(server.baseURL, env, env.train.slice(60, 120))).calls);
    const stepsPerQuestion = (warm.requests + warm2.requests) / 120;
    const questionsPerPhase = Math.max(40, Math.round((rate(warm2) * phaseMs) / 1000 / stepsPerQuestion));

    const fetchRuns: Phase[] = [];
    const nodeRuns: Phase[] = [];
    const writeRuns: Phase[] = [];
    const backendRuns: Phase[] = [];
    const pipeRuns: Phase[] = [];
    let offset = 120;
    for (let r = 0; r < rounds; r++) {
      fetchRuns.push(await measure(server, () => bareFetch(server.baseURL, bodies, CONCURRENCY, phaseMs)));
      nodeRuns.push(await measure(server, () => bareNodeHttp(server.baseURL, replay, CONCURRENCY, phaseMs)));
      writeRuns.push(await measure(server, () => bareNodeHttp(server.baseURL, write, CONCURRENCY, phaseMs)));
      backendRuns.push(await measure(server, () => backendOnly(server.baseURL, requests, CONCURRENCY, phaseMs)));
      const slice: Example[] = [];
      for (let i = 0; i < questionsPerPhase; i++) slice.push(env.train[(offset + i) % env.train.length]!);
      offset += questionsPerPhase;
      pipeRuns.push(await measure(server, async () => (await runGenerate(server.baseURL, env, slice)).calls));
      const last = (xs: Phase[]) => rate(xs[xs.length - 1]!).toFixed(0);
      console.log(`  round ${r + 1}: bare fetch ${last(fetchRuns)} req/s, bare node:http ${last(nodeRuns)} req/s, writing bodies ${last(writeRuns)} req/s, backend only ${last(backendRuns)} req/s, pipeline ${last(pipeRuns)} steps/s`);
    }
    // a bare load loop that ended far short of its time or served almost nothing measured no steady
    // state (one quick run recorded a fetch phase of a single request at "201k req/s"): it does not
    // count. Pipeline phases are sized by questions, not time, and need no such check.
    const steady = (p: Phase): boolean => p.requests >= 1000 && p.ms >= phaseMs / 2;
    const paired: { bare: number; writing: number; backend: number; pipeline: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const bare = Math.max(...[fetchRuns[r]!, nodeRuns[r]!].filter(steady).map(rate));
      if (!Number.isFinite(bare) || !steady(writeRuns[r]!) || !steady(backendRuns[r]!)) continue;
      paired.push({ bare, writing: rate(writeRuns[r]!) / bare, backend: rate(backendRuns[r]!) / bare, pipeline: rate(pipeRuns[r]!) / bare });
    }
    if (paired.length === 0) throw new Error(`bench pipeline: no round with steady load phases (${fetchRuns.concat(nodeRuns, writeRuns, backendRuns).map((p) => `${p.requests} requests in ${p.ms.toFixed(0)} ms`).join(", ")})`);
    const ratios = paired.map((x) => x.pipeline);
    const ratio = median(ratios);
    const writingRatio = median(paired.map((x) => x.writing));
    const backendRatio = median(paired.map((x) => x.backend));
    // the typical phase of each kind (median rate) for the table
    const bf = medianPhase(fetchRuns);
    const bn = medianPhase(nodeRuns);
    const bw = medianPhase(writeRuns);
    const bb = medianPhase(backendRuns);
    const bp = medianPhase(pipeRuns);
    const bare = { name: rate(bf) >= rate(bn) ? "fetch" : "node:http", rate: median(paired.map((x) => x.bare)) };

    const perReq = (p: Phase, cpu: number) => round((cpu / p.requests) * 1000);
    // context switches per request: how many requests one wake-up of each event loop handled
    const row = (phase: string, p: Phase) => ({
      phase, "req/s": round(rate(p)), requests: p.requests, "client µs/req": perReq(p, p.clientCpuMs), "server µs/req": perReq(p, p.serverCpuMs),
      "cores busy": round((p.clientCpuMs + p.serverCpuMs) / p.ms, 2), "client cs/req": round(p.clientSwitches / p.requests, 2), "server cs/req": round(p.serverSwitches / p.requests, 2),
    });
    const rows = [row("bare fetch", bf), row("bare node:http", bn), row("node:http writing bodies", bw), row("backend only", bb), row("pipeline generate", bp)];
    console.log("");
    console.log(table(rows));
    console.log(`  (the median phase of each kind over ${rounds} rounds)`);
    console.log(`\n  pipeline_overhead_ratio ${ratio.toFixed(3)}: median over ${paired.length} rounds of pipeline steps/s ÷ the faster bare loop's req/s in the same round (range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}; target >= 0.8)`);
    console.log(`  medians against the same bare loop: node:http writing each body ${writingRatio.toFixed(3)}, the backend alone ${backendRatio.toFixed(3)}; the rest of generate ${(ratio / backendRatio).toFixed(3)} (pipeline ÷ backend)`);

    // memory: its own process, so VmHWM is the generate run's alone
    console.log(`\n  memory: generate ${memTrajectories} trajectories (cache on) in a child process ...`);
    const mem = await runMemoryChild({ baseURL: server.baseURL, seed: SEED, train, samples: SAMPLES, concurrency: CONCURRENCY, cache: true });
    const growth = Math.max(0, mem.peak_rss_mb - mem.baseline_rss_mb) * 1024 * 1024;
    const memRows = [{
      trajectories: mem.trajectories, "model calls": mem.policyCalls, "steps/s": round((mem.policyCalls / mem.ms) * 1000),
      "baseline MB": round(mem.baseline_rss_mb, 1), "peak MB": round(mem.peak_rss_mb, 1),
      "1st half MB": round(mem.peak_rss_first_half_mb, 1), "2nd half MB": round(mem.peak_rss_second_half_mb, 1),
      "B/traj": round(growth / mem.trajectories), "file MB": round(mem.file_mb, 1), "cache MB": round(mem.cache_mb, 1),
    }];
    console.log(table(memRows));

    const suffix = opts.quick ? "10k" : "100k";
    return {
      pipeline_overhead_ratio: round(ratio, 3),
      pipeline_overhead_ratio_range: [round(Math.min(...ratios), 3), round(Math.max(...ratios), 3)],
      pipeline_overhead_ratio_per_round: ratios.map((x) => round(x, 3)),
      pipeline_steps_per_s: round(rate(bp)),
      bare_requests_per_s: round(bare.rate),
      bare_client: bare.name,
      backend_only_requests_per_s: round(rate(bb)),
      backend_only_ratio: round(backendRatio, 3),
      bare_writing_bodies_ratio: round(writingRatio, 3),
      [`peak_rss_mb_${suffix}`]: round(mem.peak_rss_mb, 1),
      [`bytes_per_trajectory_${suffix}`]: round(growth / mem.trajectories),
      bare_fetch_requests_per_s: round(rate(bf)),
      bare_node_http_requests_per_s: round(rate(bn)),
      concurrency: CONCURRENCY,
      samples_per_question: SAMPLES,
      steps_per_trajectory: round(bp.requests / (questionsPerPhase * SAMPLES), 2),
      phases: rows,
      rounds: { fetch: fetchRuns.map(rate).map((x) => round(x)), node_http: nodeRuns.map(rate).map((x) => round(x)), node_http_writing_bodies: writeRuns.map(rate).map((x) => round(x)), backend_only: backendRuns.map(rate).map((x) => round(x)), pipeline: pipeRuns.map(rate).map((x) => round(x)) },
      memory: { cache: true, ...mem },
      note: `client and fake server run in separate processes on the same ${cores} cores; the server answers at once with the QA teacher`,
      quick: opts.quick,
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? "unknown", cores, node: process.version, load_average_at_start: load },
    };
  } finally {
    await server.close();
  }
}

function median(xs: readonly number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 === 1 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}

/** The phase whose rate is the median of `xs` (the lower middle one of an even count). */
function medianPhase(xs: readonly Phase[]): Phase {
  const a = [...xs].sort((x, y) => rate(x) - rate(y));
  return a[(a.length - 1) >> 1]!;
}

function table(rows: readonly Record<string, unknown>[]): string {
  const head = Object.keys(rows[0]!);
  const body = rows.map((r) => head.map((h) => String(r[h])));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body].map((cells) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ")).join("\n");
}
