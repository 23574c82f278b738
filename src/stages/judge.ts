/**
 * Stage 1b, `judge` (paper §2): a process judge labels every step of every trajectory GOOD or
 * BAD in its context (without the answer key), and an outcome judge labels every final answer
 * against the key. Each verdict is appended to verdicts.jsonl as it arrives.
 *
 * A failed judge call is retried (`attempts`, with backoff), then recorded as an error record,
 * never dropped; a later run retries only those. Resumable: an item whose verdict is already in
 * the file (for the same judged input) is skipped, so no judge call is paid twice.
 * Trajectories cut short by a failed policy call (stop = "error") are left for `generate`.
 */
import type { Example } from "../types.js";
import { hideAnswers, type OutcomeJudge, type ProcessJudge } from "../judge/judge.js";
import { RunFolder } from "../run/run-folder.js";
import { verdictKey, type VerdictRecord } from "../run/records.js";
import { isComplete, judgeItems, type JudgeItem } from "./judge-inputs.js";
import { forEachConcurrent } from "../util/concurrency.js";
import type { OnProgress } from "./progress.js";
import { type FailureLog, type RequestCounts } from "../run/failures.js";
import { JudgeError } from "../errors/judge-error.js";

export interface JudgeOptions {
  readonly runDir: string;
  /** The questions the trajectories answer (looked up by id; must cover every trajectory). */
  readonly examples: readonly Example[];
  /** Labels each step; omit to skip process labels. */
  readonly processJudge?: ProcessJudge;
  /** Labels each final answer; omit to skip outcome labels. */
  readonly outcomeJudge?: OutcomeJudge;
  /** Judge calls in flight at once (default 8). */
  readonly concurrency?: number;
  /** Tries per item before an error record is written (default 3). */
  readonly attempts?: number;
  /** First retry delay in ms, doubled per retry (default 200). */
  readonly retryDelayMs?: number;
  /** Resolved config sections to record in config.json. */
  readonly config?: Record<string, unknown>;
  readonly onProgress?: OnProgress;
  /** Where failed attempts go (default the run's failures.jsonl); pass the one the judge model's onFailure writes to, so the counts include its failures. */
  readonly failures?: FailureLog;
}

export interface JudgeResult {
  readonly file: string;
  /** Verdicts wanted (steps + answers of complete trajectories, for the judges given). */
  readonly total: number;
  /** Already in the file, skipped. */
  readonly skipped: number;
  /** Verdicts written by this run. */
  readonly judged: number;
  /** Error records written by this run (a later run retries them). */
  readonly errors: number;
  /** Judge calls made by this run (retries included; cached verdicts included). */
  readonly calls: number;
  /** Requests that reached the judge's model (cache misses), retries, failed attempts, cache hits. */
  readonly counts: RequestCounts;
  readonly ms: number;
}

const NO_ANSWER = { label: "BAD", rationale: "the trajectory gave no final answer", judge: "none" } as const;

export async function judge(o: JudgeOptions): Promise<JudgeResult> {
  const t0 = performance.now();
  const attempts = Math.max(1, o.attempts ?? 3);
  const delay = o.retryDelayMs ?? 200;
  const run = RunFolder.open(o.runDir);
  const lock = run.lock("judge");
  try {
    return await judgeLocked(o, run, t0, attempts, delay);
  } finally {
    lock.release();
  }
}

/** Hits and misses of judges behind a verdict cache (judge/cached.ts); uncached judges (rules) cost nothing. */
function cacheStats(...judges: unknown[]): { hits: number; misses: number } {
  const out = { hits: 0, misses: 0 };
  for (const j of new Set(judges)) {
    const c = j as { hits?: unknown; misses?: unknown } | undefined;
    if (typeof c?.hits === "number" && typeof c.misses === "number") {
      out.hits += c.hits;
      out.misses += c.misses;
    }
  }
  return out;
}

async function judgeLocked(o: JudgeOptions, run: RunFolder, t0: number, attempts: number, delay: number): Promise<JudgeResult> {
  const failures = o.failures ?? run.failureLog("judge");
  const before = cacheStats(o.processJudge, o.outcomeJudge);
  const byId = new Map(o.examples.map((e) => [e.id, e]));

  const trajectories = run.openTrajectories("judge", { readOnly: true });
  const all = [...trajectories.values()];
  trajectories.close();
  if (all.length === 0) throw new Error(`judge: ${run.path("trajectories")} holds no trajectories: run \`swirl generate\` first`);
  const complete = all.filter(isComplete);
  const verdicts = run.openVerdicts("judge");
  for (const t of complete) if (!byId.has(t.exampleId)) throw new Error(`judge: trajectory ${t.id} answers example "${t.exampleId}", which the task config does not contain`);
  if (o.config) run.writeConfig(o.config);

  const wanted = (x: JudgeItem) => (x.kind === "process" ? o.processJudge !== undefined : o.outcomeJudge !== undefined);
  const isDone = (x: JudgeItem) => {
    const r = verdicts.get(verdictKey(x));
    return r !== undefined && r.label !== undefined && r.input === x.input;
  };
  let total = 0;
  let skipped = 0;
  let retrying = 0;
  for (const t of complete) {
    for (const x of judgeItems(t)) {
      if (!wanted(x)) continue;
      total++;
      if (isDone(x)) skipped++;
      else if (verdicts.get(verdictKey(x))?.error !== undefined) retrying++;
    }
  }
  run.log.write({ stage: "judge", event: skipped + retrying > 0 ? "resume" : "start", total, skipped, retrying, todo: total - skipped });

  let judged = 0;
  let errors = 0;
  let calls = 0;
  const report = () => o.onProgress?.({ stage: "judge", done: skipped + judged, total, failures: errors });
  report();

  const callJudge = async (x: JudgeItem) => {
    const example = byId.get(x.trajectory.exampleId)!;
    if (x.kind === "outcome" && x.answer === undefined) return NO_ANSWER; // nothing to compare: no call to pay for
    calls++;
    if (x.kind === "process") return o.processJudge!.judgeStep({ example: hideAnswers(example), messages: x.messages, action: x.action });
    return o.outcomeJudge!.judgeOutcome({ example, answer: x.answer });
  };

  const work = async (x: JudgeItem): Promise<void> => {
    const base = { kind: x.kind, id: x.id, trajectoryId: x.trajectory.id, ...(x.kind === "process" ? { stepIndex: x.stepIndex } : {}), input: x.input };
    let record: VerdictRecord | undefined;
    let lastError = "";
    for (let a = 1; a <= attempts && !record; a++) {
      if (a > 1) await new Promise((r) => setTimeout(r, delay * 2 ** (a - 2)));
      try {
        const v = await callJudge(x);
        record = { ...base, label: v.label, rationale: v.rationale, judge: v.judge, attempts: a };
      } catch (e) {
        lastError = (e as Error).message;
        const j = JudgeError.isInstance(e) ? e : undefined;
        const final = j?.problem === "not_applicable"; // the same example again cannot fit
        failures.record({ source: "judge", endpoint: j?.judge ?? "judge", attempt: a, kind: j?.problem ?? "error", status: 0, willRetry: !final && a < attempts, problem: lastError });
        if (final) break;
      }
    }
    record ??= { ...base, error: lastError || "judge failed", attempts };
    await verdicts.appendBatched(record); // one write with the others finished in this loop turn
    judged++;
    if (record.error !== undefined) errors++;
    report();
  };

  function* todo(): Generator<JudgeItem> {
    for (const t of complete) for (const x of judgeItems(t)) if (wanted(x) && !isDone(x)) yield x;
  }
  try {
    await forEachConcurrent(todo(), o.concurrency ?? 8, work);
    verdicts.compact(); // one line per item once retried errors have been replaced
  } catch (e) {
    run.log.write({ stage: "judge", event: "failed", error: (e as Error).message, judged });
    throw e;
  } finally {
    verdicts.close();
  }
  const after = cacheStats(o.processJudge, o.outcomeJudge);
  const counts = { requests: after.misses - before.misses, retries: failures.retries, failures: failures.failures, cacheHits: after.hits - before.hits };
  const result: JudgeResult = { file: verdicts.file, total, skipped, judged, errors, calls, counts, ms: Math.round(performance.now() - t0) };
  run.log.write({ stage: "judge", event: "finish", ...result });
  return result;
}
