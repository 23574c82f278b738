/**
 * Reads whatever a run folder holds into ReportData. Every file is optional: a run stopped after
 * `generate` still gets a report (a trajectory browser and nothing else). Files read:
 *   trajectories.jsonl   Trajectory records
 *   verdicts.jsonl       {kind: "process"|"outcome", id, label, rationale, judge} (or with the
 *                        Verdict nested as `verdict`): process ids are state ids
 *                        (`${trajectoryId}@${step}`), outcome ids are trajectory ids
 *   examples.jsonl       Example records (for answer keys; optional)
 *   metrics*.jsonl       per training step {step, "reward/mean", "kl/mean", "loss/total", ...} (train/metrics.ts); `metrics.sft.jsonl`
 *                        becomes the series "sft", `metrics.jsonl` the series "swirl"
 *   eval/*.json          evaluation summaries, one table each
 *   filter-counts.json   {filter: {trajectories, states}}; computed from the labels if absent
 *   report.json          a partial ReportData (e.g. the demo's tables), merged in first
 * Unreadable lines are skipped and listed as warnings on the page rather than failing the
 * report: it is a read-only view, and a torn last line of a live run is normal.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { stateId, type Example, type Trajectory, type Verdict } from "../types.js";
import { FILTERS, keeps, survivorCounts, type Labels } from "../filter/filters.js";
import type { GoodByStep, ReportCurve, ReportData, ReportTable, ReportTrajectory, Survivors } from "./report-data.js";
import { summaryTable } from "./summary-table.js";

export interface LoadOptions {
  /** Page title (default: "swirl run <folder>"). */
  readonly title?: string;
  readonly machine?: string;
  /** At most this many trajectories go into the browser (default 2000), so the page stays light. */
  readonly maxTrajectories?: number;
}

export interface LoadedReport extends ReportData {
  /** Lines or files that could not be read. */
  readonly warnings: readonly string[];
}

function readJsonl(path: string, warnings: string[]): unknown[] {
  if (!existsSync(path)) return [];
  const out: unknown[] = [];
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      out.push(JSON.parse(line));
    } catch {
      warnings.push(`${path}:${i + 1}: not JSON, skipped`);
    }
  });
  return out;
}

function readJson(path: string, warnings: string[]): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    warnings.push(`${path}: ${(e as Error).message}`);
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isTrajectory(v: unknown): v is Trajectory {
  return isObject(v) && typeof v.id === "string" && Array.isArray(v.steps) && Array.isArray(v.prompt);
}

function isVerdict(v: unknown): v is Verdict {
  return isObject(v) && (v.label === "GOOD" || v.label === "BAD");
}

/** The question as the prompt states it (the first user turn, without its "Question: " prefix). */
function questionOf(t: Trajectory): string {
  const first = t.prompt.find((m) => m.role === "user")?.content ?? "";
  return first.replace(/^(Question|Problem): /, "");
}

function readLabels(runDir: string, warnings: string[]): Labels {
  const process = new Map<string, Verdict>();
  const outcome = new Map<string, Verdict>();
  for (const r of readJsonl(join(runDir, "verdicts.jsonl"), warnings)) {
    if (!isObject(r) || typeof r.id !== "string") continue;
    // the run folder's flat record {kind, id, label, rationale, judge, …}, or {kind, id, verdict};
    // an error record (the judge kept failing) has no label and is skipped; later lines win
    const v: Verdict | undefined = isVerdict(r.verdict) ? r.verdict
      : r.label === "GOOD" || r.label === "BAD" ? { label: r.label, rationale: String(r.rationale ?? ""), judge: String(r.judge ?? "") } : undefined;
    if (v === undefined) continue;
    if (r.kind === "process") process.set(r.id, v);
    else if (r.kind === "outcome") outcome.set(r.id, v);
  }
  return { process, outcome };
}

/** Share of GOOD process labels by step index (only judged steps count). */
export function goodShareByStep(label: string, trajectories: readonly Trajectory[], process: Labels["process"]): GoodByStep {
  const good: number[] = [];
  const counts: number[] = [];
  for (const t of trajectories) {
    t.steps.forEach((_, i) => {
      const v = process.get(stateId(t.id, i));
      if (!v) return;
      counts[i] = (counts[i] ?? 0) + 1;
      good[i] = (good[i] ?? 0) + (v.label === "GOOD" ? 1 : 0);
    });
  }
  const n = counts.length;
  return {
    label,
    values: Array.from({ length: n }, (_, i) => (counts[i] ? (good[i] ?? 0) / counts[i] : 0)),
    counts: Array.from({ length: n }, (_, i) => counts[i] ?? 0),
  };
}

function metricCurves(runDir: string, warnings: string[]): ReportCurve[] {
  const files = existsSync(runDir) ? readdirSync(runDir).filter((f) => /^metrics(\.[\w-]+)?\.jsonl$/.test(f)).sort() : [];
  const fields = ["reward/mean", "reward/all_equal", "kl/mean", "loss/total"] as const;
  const titles = { "reward/mean": "Mean judge reward of sampled actions", "reward/all_equal": "Share of groups whose rewards are all equal (no gradient)", "kl/mean": "KL to the initial policy", "loss/total": "Loss" };
  const curves: ReportCurve[] = [];
  for (const field of fields) {
    const series = files.map((f) => {
      const name = f === "metrics.jsonl" ? "swirl" : f.slice("metrics.".length, -".jsonl".length);
      const points = readJsonl(join(runDir, f), warnings)
        .filter((r): r is Record<string, number> => isObject(r) && typeof r.step === "number" && typeof r[field] === "number" && Number.isFinite(r[field]))
        .map((r) => [r.step, r[field]] as const);
      return { name, points };
    }).filter((s) => s.points.length > 0);
    if (series.length > 0) curves.push({ title: titles[field], series });
  }
  return curves;
}

function evalTables(runDir: string, warnings: string[]): ReportTable[] {
  const dir = join(runDir, "eval");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().flatMap((f) => {
    const v = readJson(join(dir, f), warnings);
    return v === undefined ? [] : [summaryTable(`Evaluation: ${f.slice(0, -5)}`, v)];
  });
}

function toReportTrajectory(t: Trajectory, labels: Labels, examples: ReadonlyMap<string, Example>): ReportTrajectory {
  const outcome = labels.outcome.get(t.id);
  return {
    id: t.id,
    question: questionOf(t),
    answerKey: examples.get(t.exampleId)?.answers ?? [],
    stop: t.stop,
    answer: t.answer,
    correct: outcome ? outcome.label === "GOOD" : undefined,
    outcomeRationale: outcome?.rationale,
    passes: FILTERS.filter((f) => f !== "none" && keeps(f, t, labels)),
    steps: t.steps.map((s, i) => {
      const v = labels.process.get(stateId(t.id, i));
      return { action: s.text, toolResult: s.toolResult, verdict: v?.label, rationale: v?.rationale };
    }),
  };
}

export function loadReportData(runDir: string, opts: LoadOptions = {}): LoadedReport {
  const warnings: string[] = [];
  const base = readJson(join(runDir, "report.json"), warnings);
  const given: Partial<ReportData> = isObject(base) ? (base as Partial<ReportData>) : {};

  const trajectories = readJsonl(join(runDir, "trajectories.jsonl"), warnings).filter((r, i) => {
    if (isTrajectory(r)) return true;
    warnings.push(`${join(runDir, "trajectories.jsonl")}: record ${i + 1} is not a trajectory, skipped`);
    return false;
  }) as Trajectory[];
  const labels = readLabels(runDir, warnings);
  const examples = new Map<string, Example>();
  for (const e of readJsonl(join(runDir, "examples.jsonl"), warnings)) {
    if (isObject(e) && typeof e.id === "string" && Array.isArray(e.answers)) examples.set(e.id, e as unknown as Example);
  }

  const counted = readJson(join(runDir, "filter-counts.json"), warnings);
  const survivors: Record<string, Survivors> = isObject(counted)
    ? (counted as Record<string, Survivors>)
    : trajectories.length > 0 && (labels.process.size > 0 || labels.outcome.size > 0) ? survivorCounts(trajectories, labels) : {};

  const goodByStep = labels.process.size > 0 ? [goodShareByStep("generated trajectories", trajectories, labels.process)] : [];
  const max = opts.maxTrajectories ?? 2000;
  if (trajectories.length > max) warnings.push(`showing the first ${max} of ${trajectories.length} trajectories`);

  return {
    title: opts.title ?? given.title ?? `swirl run ${runDir.split(/[\\/]/).filter(Boolean).pop() ?? runDir}`,
    machine: opts.machine ?? given.machine,
    tables: [...(given.tables ?? []), ...evalTables(runDir, warnings)],
    curves: [...(given.curves ?? []), ...metricCurves(runDir, warnings)],
    goodByStep: [...goodByStep, ...(given.goodByStep ?? [])],
    survivors: { ...survivors, ...(given.survivors ?? {}) },
    trajectories: [...(given.trajectories ?? []), ...trajectories.slice(0, max).map((t) => toReportTrajectory(t, labels, examples))],
    warnings,
  };
}
