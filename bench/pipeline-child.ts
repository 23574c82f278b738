/**
 * Child processes of bench/pipeline.ts, started with fork() so their CPU time is not in the
 * measuring process (the two processes still share the machine's cores).
 *
 *   pipeline-child.js server <seed> <train>
 *     A fake OpenAI-compatible server (src/policy/http-server.fixture.ts) that answers at once with
 *     the synthetic QA teacher's next action for the request's context, so rollouts are real
 *     multi-step ones. Like vLLM without `stop_reason`, it cuts the matched stop string from the
 *     reply (the HTTP backend puts it back). Sends {baseURL} when listening; answers "stats"
 *     with its call count and CPU time; exits on "close".
 *
 *   pipeline-child.js memory <json>
 *     One `generate` run through the HTTP backend against that server, alone in its process, so
 *     its peak RSS (VmHWM) is the pipeline's own. Samples RSS while it runs and sends the result.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeOpenAI } from "../src/policy/http-server.fixture.js";
import { httpPolicy } from "../src/policy/http.js";
import { QA_TEMPLATE } from "../src/rollout/prompts.js";
import { generate } from "../src/stages/generate.js";
import { buildQaEnv } from "../src/synthetic/qa/env.js";
import { QaTeacher } from "../src/synthetic/qa/teacher.js";
import type { Message } from "../src/types.js";

export const BENCH_MODEL = "bench-teacher";
export const TEACHER_MISTAKE_RATE = 0.35;

const send = (m: unknown): void => void process.send?.(m);

async function server(seed: string, train: number): Promise<void> {
  const env = buildQaEnv({ seed, train, test: 0 });
  const teacher = new QaTeacher(env, env.train, { mistakeRate: TEACHER_MISTAKE_RATE, seed: 1 });
  const fake = await startFakeOpenAI(({ body }) => {
    const messages = (body.messages ?? []) as Message[];
    let reply = teacher.act(messages, String(body.seed ?? ""));
    const stops = Array.isArray(body.stop) ? (body.stop as string[]) : [];
    const stop = stops.find((s) => reply.endsWith(s));
    if (stop !== undefined) reply = reply.slice(0, -stop.length);
    let chars = 0;
    for (const m of messages) chars += m.content.length;
    return { reply, promptTokens: Math.ceil(chars / 4), completionTokens: Math.ceil(reply.length / 4) };
  }, BENCH_MODEL);
  process.on("message", (m: unknown) => {
    if (m === "stats") send({ calls: fake.calls, maxConcurrent: fake.maxConcurrent, cpu: process.cpuUsage(), switches: contextSwitches() });
    if (m === "close") void fake.close().then(() => process.exit(0));
  });
  process.on("disconnect", () => process.exit(0));
  send({ baseURL: fake.baseURL });
}

export interface MemoryJob {
  readonly baseURL: string;
  readonly seed: string;
  /** Questions (the server's train set, same seed and count); trajectories = train × samples. */
  readonly train: number;
  readonly samples: number;
  readonly concurrency: number;
  readonly cache: boolean;
}

export interface MemoryResult {
  readonly trajectories: number;
  readonly policyCalls: number;
  readonly ms: number;
  /** RSS after building the environment, before generate (MB). */
  readonly baseline_rss_mb: number;
  /** Highest RSS of the process (VmHWM; sampled RSS where /proc is missing), MB. */
  readonly peak_rss_mb: number;
  /** Highest sampled RSS in the first and second half of the run (flat = no growth with trajectories). */
  readonly peak_rss_first_half_mb: number;
  readonly peak_rss_second_half_mb: number;
  readonly heap_used_end_mb: number;
  readonly file_mb: number;
  readonly cache_mb: number;
}

const MB = 1024 * 1024;

/**
 * Context switches of this process's main thread so far (voluntary + involuntary; 0 where /proc
 * is missing). Per request, they show how many requests each wake-up of the event loop handles.
 */
export function contextSwitches(): number {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    return Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0) + Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function vmHwmBytes(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function memory(job: MemoryJob): Promise<void> {
  const env = buildQaEnv({ seed: job.seed, train: job.train, test: 0 });
  const tools = new Map([[env.search.tag, env.search]]);
  const dir = mkdtempSync(join(tmpdir(), "swirl-bench-pipeline-mem-"));
  const total = job.train * job.samples;
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let done = 0;
  const halves = [baseline, baseline];
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    const h = done < total / 2 ? 0 : 1;
    halves[h] = Math.max(halves[h], rss);
  };
  const timer = setInterval(sample, 100);
  try {
    const policy = httpPolicy({ baseURL: job.baseURL, model: BENCH_MODEL, maxConcurrency: job.concurrency, retries: 0 });
    const r = await generate({
      runDir: dir, policy, examples: env.train, tools, template: QA_TEMPLATE, samples: job.samples, temperature: 1, seed: 0,
      concurrency: job.concurrency, maxActionTokens: 64, cache: job.cache,
      onProgress: (p) => {
        done = p.done;
      },
    });
    clearInterval(timer);
    sample();
    const fileBytes = (f: string): number => {
      try {
        return statSync(f).size;
      } catch {
        return 0;
      }
    };
    const peak = Math.max(vmHwmBytes() ?? 0, ...halves);
    const result: MemoryResult = {
      trajectories: r.generated,
      policyCalls: r.policyCalls,
      ms: r.ms,
      baseline_rss_mb: baseline / MB,
      peak_rss_mb: peak / MB,
      peak_rss_first_half_mb: halves[0] / MB,
      peak_rss_second_half_mb: halves[1] / MB,
      heap_used_end_mb: process.memoryUsage().heapUsed / MB,
      file_mb: fileBytes(join(dir, "trajectories.jsonl")) / MB,
      cache_mb: fileBytes(join(dir, "cache", "policy.jsonl")) / MB,
    };
    if (r.errors > 0) throw new Error(`memory run: ${r.errors} trajectories ended in errors`);
    send({ result });
  } finally {
    clearInterval(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

const [role, ...args] = process.argv.slice(2);
const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain && role === "server") {
  await server(args[0]!, Number(args[1]));
} else if (isMain && role === "memory") {
  try {
    await memory(JSON.parse(args[0]!) as MemoryJob);
  } catch (e) {
    send({ error: (e as Error).stack ?? String(e) });
  }
  process.disconnect?.();
}
