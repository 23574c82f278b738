/**
 * Multi-step evaluation (`swirl eval`, paper §3): the same rollout loop with live tools and the
 * same step caps, greedy by default; each final answer scored by the task's metric and,
 * optionally, every step labelled by a process judge (the paper's Table 3: mean process label
 * of evaluation trajectories). Accuracies carry Wilson 95% intervals; two policies are compared
 * with a paired bootstrap.
 */
import type { ActionFormat, Example, StopReason, Trajectory } from "../types.js";
import type { Policy } from "../policy/policy.js";
import type { Tool } from "../tools/tool.js";
import type { PromptTemplate } from "../rollout/prompts.js";
import { jobsFor, runRollouts } from "../rollout/run-many.js";
import { decompose } from "../rollout/decompose.js";
import { hideAnswers, type ProcessJudge } from "../judge/judge.js";
import { accuracyInterval, pairedBootstrap, type BootstrapResult, type Interval } from "../metrics/index.js";
import { scoreAnswer } from "./score.js";

export interface EvalOptions {
  readonly policy: Policy;
  readonly examples: readonly Example[];
  readonly tools: ReadonlyMap<string, Tool>;
  readonly template: PromptTemplate;
  /** The paper's markup (default) or native OpenAI tool calls. */
  readonly format?: ActionFormat;
  /** 0 = greedy (default). */
  readonly temperature?: number;
  readonly maxActionTokens?: number;
  readonly concurrency?: number;
  readonly seed?: number | string;
  /** Labels every step of every evaluation trajectory (mean process label). */
  readonly processJudge?: ProcessJudge;
  readonly onDone?: (done: number, total: number) => void;
}

/** One question's result (a line of the per-question JSONL). */
export interface EvalRecord {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly answer?: string;
  readonly correct: number;
  readonly em: number;
  readonly f1: number;
  /** Math only: the tolerant numeric match (eval/score.ts; GSM8K's em is its official rule). */
  readonly numeric?: number;
  readonly steps: number;
  readonly toolCalls: number;
  readonly stop: StopReason;
  /** Share of this trajectory's steps the process judge labelled GOOD. */
  readonly processGood?: number;
  readonly trajectory: Trajectory;
  readonly verdicts?: readonly { label: "GOOD" | "BAD"; rationale: string }[];
}

export interface EvalSummary {
  readonly n: number;
  readonly accuracy: Interval;
  readonly em: number;
  readonly f1: number;
  /** Math only: mean tolerant numeric match. */
  readonly numeric?: number;
  readonly meanSteps: number;
  readonly meanToolCalls: number;
  readonly stops: Readonly<Record<string, number>>;
  /** Mean process label over all steps (GOOD share), when a judge ran. */
  readonly meanProcessLabel?: Interval;
}

export async function evaluate(o: EvalOptions): Promise<{ records: EvalRecord[]; summary: EvalSummary }> {
  const byId = new Map(o.examples.map((e) => [e.id, e]));
  let done = 0;
  const trajectories = await runRollouts(
    jobsFor(o.examples, 1),
    { policy: o.policy, tools: o.tools, template: o.template, temperature: o.temperature ?? 0, maxActionTokens: o.maxActionTokens ?? 48, seed: o.seed ?? "eval", format: o.format },
    o.concurrency ?? 64,
    () => o.onDone?.(++done, o.examples.length),
  );
  const records: EvalRecord[] = [];
  for (const t of trajectories) {
    const example = byId.get(t.exampleId)!;
    const score = scoreAnswer(example, t.answer);
    let verdicts: EvalRecord["verdicts"];
    if (o.processJudge) {
      const judge = o.processJudge;
      verdicts = await Promise.all(decompose(t).map((s) => judge.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action })));
    }
    records.push({
      id: example.id, question: example.question, answers: example.answers, answer: t.answer, ...score,
      steps: t.steps.length, toolCalls: t.steps.filter((s) => s.toolResult !== undefined).length, stop: t.stop,
      ...(verdicts ? { processGood: verdicts.length ? verdicts.filter((v) => v.label === "GOOD").length / verdicts.length : 0, verdicts: verdicts.map((v) => ({ label: v.label, rationale: v.rationale })) } : {}),
      trajectory: t,
    });
  }
  return { records, summary: summarize(records) };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarize(records: readonly EvalRecord[]): EvalSummary {
  const stops: Record<string, number> = {};
  for (const r of records) stops[r.stop] = (stops[r.stop] ?? 0) + 1;
  const labels = records.flatMap((r) => (r.verdicts ?? []).map((v) => (v.label === "GOOD" ? 1 : 0)));
  return {
    n: records.length,
    accuracy: accuracyInterval(records.map((r) => r.correct)),
    em: mean(records.map((r) => r.em)),
    f1: mean(records.map((r) => r.f1)),
    ...(records.some((r) => r.numeric !== undefined) ? { numeric: mean(records.map((r) => r.numeric ?? 0)) } : {}),
    meanSteps: mean(records.map((r) => r.steps)),
    meanToolCalls: mean(records.map((r) => r.toolCalls)),
    stops,
    ...(records.some((r) => r.verdicts) ? { meanProcessLabel: accuracyInterval(labels) } : {}),
  };
}

/** Paired bootstrap of trained − base accuracy on the same questions (matched by id). */
export function compareRuns(base: readonly EvalRecord[], trained: readonly EvalRecord[], seed: number | string = 0): BootstrapResult {
  const t = new Map(trained.map((r) => [r.id, r.correct]));
  const shared = base.filter((r) => t.has(r.id));
  return pairedBootstrap(shared.map((r) => r.correct), shared.map((r) => t.get(r.id)!), { seed });
}

/** The no-tool condition: the same task answered directly, with no tool and no searches allowed. */
export function noToolTemplate(t: PromptTemplate): PromptTemplate {
  return { ...t, toolTags: [], maxToolCalls: 0, system: t.system ? `${t.system} Tools are unavailable: answer directly.` : "" };
}
