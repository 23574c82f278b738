/**
 * Stage 1a, `generate` (paper §2): the policy samples N multi-step trajectories per question
 * with live tools; each finished trajectory is appended to trajectories.jsonl as it arrives.
 *
 * Resumable: a trajectory already in the file is skipped; one that ended in a failed policy
 * call (stop = "error") is retried, its later line replacing the earlier. Every completion goes
 * through the run's policy cache first, so the steps a killed run had finished are replayed
 * from disk and only unanswered requests reach the model.
 */
import type { ActionFormat, Example, ToolOutcome, Trajectory } from "../types.js";
import type { Completion, Policy } from "../policy/policy.js";
import type { Tool } from "../tools/tool.js";
import type { PromptTemplate } from "../rollout/prompts.js";
import { jobsFor, streamRollouts } from "../rollout/run-many.js";
import { trajectoryId } from "../rollout/rollout.js";
import { cachedPolicy } from "../policy/cached.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import { CompletionSchema, ToolOutcomeSchema } from "../run/records.js";
import { RunFolder } from "../run/run-folder.js";
import type { OnProgress } from "./progress.js";
import { type FailureLog, type RequestCounts } from "../run/failures.js";

export interface GenerateOptions {
  /** The run folder (created when absent). */
  readonly runDir: string;
  readonly policy: Policy;
  /** Questions to roll out (usually the train split). */
  readonly examples: readonly Example[];
  /** Tools by markup tag. */
  readonly tools: ReadonlyMap<string, Tool>;
  /** Prompt and step cap (5 tool calls for QA, 10 for math). */
  readonly template: PromptTemplate;
  /** Trajectories per question (default 5, as in the paper). */
  readonly samples?: number;
  /** Sampling temperature (default 1). */
  readonly temperature?: number;
  /** Base of every request's seed (default 0): same seed, same trajectories. */
  readonly seed?: number | string;
  /** Rollouts in flight at once (default 16). */
  readonly concurrency?: number;
  /** Cap on one action's tokens (default 64). */
  readonly maxActionTokens?: number;
  /** Treat a repeated query as an invalid action (default: the parser's default). */
  readonly rejectRepeats?: boolean;
  /** The paper's markup (default) or native OpenAI tool calls (an HTTP policy; the environment's `format`). */
  readonly format?: ActionFormat;
  /** Identity of the model in cache keys (default the policy's name); see CachedPolicyOptions. */
  readonly policyIdentity?: string;
  /** Cache completions in cache/policy.jsonl (default true; off, a resume re-pays unfinished trajectories). */
  readonly cache?: boolean;
  /** Resolved config sections to record in config.json. */
  readonly config?: Record<string, unknown>;
  readonly onProgress?: OnProgress;
  /** Where failed attempts go (default the run's failures.jsonl); pass the one the policy's onFailure writes to, so the counts include its failures. */
  readonly failures?: FailureLog;
}

export interface GenerateResult {
  readonly file: string;
  /** Trajectories asked for (questions × samples). */
  readonly total: number;
  /** Already in the file when this call started (a resume), skipped. */
  readonly skipped: number;
  /** Written by this run (new or retried). */
  readonly generated: number;
  /** Written by this run with stop = "error" (a later run retries them). */
  readonly errors: number;
  /** Completions the model was asked for / served from the cache. */
  readonly policyCalls: number;
  readonly cacheHits: number;
  readonly counts: RequestCounts;
  readonly ms: number;
}

export async function generate(o: GenerateOptions): Promise<GenerateResult> {
  const t0 = performance.now();
  const run = RunFolder.open(o.runDir);
  const lock = run.lock("generate");
  try {
    return await generateLocked(o, run, t0);
  } finally {
    lock.release();
  }
}

/** A tool whose failures are recorded before they end the stage. */
function recorded(tool: Tool, failures: FailureLog): Tool {
  return {
    ...tool,
    run: async (input) => {
      try {
        return await tool.run(input);
      } catch (e) {
        failures.record({ source: "tool", endpoint: tool.name, attempt: 1, kind: "tool", status: 0, willRetry: false, problem: (e as Error).message });
        throw e;
      }
    },
  };
}

async function generateLocked(o: GenerateOptions, run: RunFolder, t0: number): Promise<GenerateResult> {
  const samples = o.samples ?? 5;
  const concurrency = o.concurrency ?? 16;
  const failures = o.failures ?? run.failureLog("generate");
  const tools = new Map([...o.tools].map(([tag, tool]) => [tag, recorded(tool, failures)]));
  if (o.config) run.writeConfig(o.config);

  // ids finished cleanly so far; the last line of an id decides (a retry replaces an error)
  const failed = new Set<string>();
  const store = run.openTrajectories("generate", {
    retain: false,
    onRecord: (t) => (t.stop === "error" ? failed.add(t.id) : failed.delete(t.id)),
  });
  const jobs = jobsFor(o.examples, samples);
  const todo = jobs.filter((j) => {
    const id = trajectoryId(j.example.id, j.sample);
    return !store.has(id) || failed.has(id);
  });
  const skipped = jobs.length - todo.length;
  const retrying = todo.filter((j) => failed.has(trajectoryId(j.example.id, j.sample))).length;
  run.log.write({ stage: "generate", event: skipped + retrying > 0 ? "resume" : "start", total: jobs.length, skipped, retrying, todo: todo.length });

  // completions answered in this run are written, not kept: every request's seed names its
  // trajectory and step, so a key never repeats within a run (identical requests in flight at
  // once still share one call); a later run reads them back to resume
  const cacheStore = o.cache === false ? undefined : JsonlStore.open<Completion>(run.path("policyCache"), CompletionSchema, { retainAppended: false });
  // tool results likewise: a resumed rollout replays its finished steps without calling a tool again
  const toolCache = o.cache === false ? undefined : JsonlStore.open<ToolOutcome>(run.path("toolCache"), ToolOutcomeSchema, { retainAppended: false });
  // without a cache, a store that forgets everything still counts the calls
  const policy = cachedPolicy(o.policy, cacheStore ?? { get: () => undefined, set: async () => {} }, { identity: o.policyIdentity });
  let generated = 0;
  let errors = 0;
  const report = () => o.onProgress?.({ stage: "generate", done: skipped + generated, total: jobs.length, failures: errors });
  report();
  const onDone = async (t: Trajectory): Promise<void> => {
    await store.appendBatched(t); // one write with the others finished in this loop turn
    generated++;
    if (t.stop === "error") errors++;
    report();
  };
  try {
    await streamRollouts(
      todo,
      { policy, tools, template: o.template, temperature: o.temperature ?? 1, maxActionTokens: o.maxActionTokens ?? 64, seed: o.seed ?? 0, rejectRepeats: o.rejectRepeats, format: o.format, toolCache },
      concurrency,
      onDone,
    );
    store.compact(); // one line per id once retried errors have been replaced
  } catch (e) {
    run.log.write({ stage: "generate", event: "failed", error: (e as Error).message, generated });
    throw e;
  } finally {
    store.close();
    cacheStore?.close();
    toolCache?.close();
  }
  const result: GenerateResult = {
    file: store.file, total: jobs.length, skipped, generated, errors, policyCalls: policy.misses, cacheHits: policy.hits,
    counts: { requests: policy.misses, retries: failures.retries, failures: failures.failures, cacheHits: policy.hits }, ms: Math.round(performance.now() - t0),
  };
  run.log.write({ stage: "generate", event: "finish", ...result });
  return result;
}
