/**
 * Oracle step labels for the synthetic families, computed WITH the answer key and the
 * reference solution: what a perfect process judge that knew the solution would say. Used only
 * to measure the rule judges (false-positive / false-negative rates), never for training.
 * - QA: a query is right when it names the next entity of the reference chain whose article
 *   the context lacks (for comparisons, either subject not yet retrieved); an answer is right
 *   when it is the gold answer.
 * - Math: a calculation is right when it gives the next reference result; an answer when it
 *   equals the gold answer.
 */
import type { Example, Trajectory, Verdict } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import { hideAnswers } from "../judge/judge.js";
import { decompose } from "../rollout/decompose.js";
import { normaliseInput, parseAction } from "../rollout/parse-action.js";
import { QA_TEMPLATE, MATH_TEMPLATE } from "../rollout/prompts.js";
import { readQaMeta } from "./qa/questions.js";
import { readMathMeta } from "./math/problems.js";
import { calculate } from "../tools/calculator.js";
import { scoreAnswer } from "../eval/score.js";
import type { QaEnv } from "./qa/env.js";
import { retrievedSoFar } from "./qa/rule-judge.js";
import { calculationsSoFar } from "./math/rule-judge.js";
import type { Message } from "../types.js";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export function qaOracle(env: Pick<QaEnv, "titleOfText">, example: Example, messages: readonly Message[], action: string): boolean {
  const meta = readQaMeta(example);
  const a = parseAction(action, { toolTags: QA_TEMPLATE.toolTags });
  if (a.kind === "invalid") return false;
  if (a.kind === "answer") return scoreAnswer(example, a.answer).correct === 1;
  const { titles, queries } = retrievedSoFar(env, messages);
  if (queries.some((q) => normaliseInput(q) === normaliseInput(a.input))) return false;
  const have = new Set(titles.map((t) => t.toLowerCase()));
  const needed = meta.comparison ? meta.subjects : meta.chain.map((f) => f.subject);
  const next = meta.comparison ? needed.filter((e) => !have.has(e.toLowerCase())) : needed.filter((e) => !have.has(e.toLowerCase())).slice(0, 1);
  return next.some((e) => normaliseInput(e) === normaliseInput(a.input));
}

export function mathOracle(example: Example, messages: readonly Message[], action: string): boolean {
  const meta = readMathMeta(example);
  const a = parseAction(action, { toolTags: MATH_TEMPLATE.toolTags });
  if (a.kind === "invalid") return false;
  if (a.kind === "answer") return scoreAnswer(example, a.answer).correct === 1;
  const { results } = calculationsSoFar(messages);
  let done = 0; // reference results reached so far, in order
  for (const r of results) if (done < meta.results.length && close(r, meta.results[done])) done++;
  const value = Number(calculate(a.input));
  return done < meta.results.length && Number.isFinite(value) && close(value, meta.results[done]);
}

export interface Agreement {
  readonly steps: number;
  /** Judge GOOD where the oracle says wrong, over oracle-wrong steps. */
  readonly fpr: number;
  /** Judge BAD where the oracle says right, over oracle-right steps. */
  readonly fnr: number;
  readonly agreement: number;
}

/** Compares a process judge with an oracle on every step of the trajectories. */
export async function judgeAgreement(
  trajectories: readonly Trajectory[], examples: ReadonlyMap<string, Example>, judge: ProcessJudge,
  oracle: (example: Example, messages: readonly Message[], action: string) => boolean,
): Promise<Agreement> {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const t of trajectories) {
    const example = examples.get(t.exampleId);
    if (!example) continue;
    for (const s of decompose(t)) {
      const v: Verdict = await judge.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action });
      const right = oracle(example, s.messages, s.action);
      if (v.label === "GOOD") {
        if (right) tp++;
        else fp++;
      } else if (right) fn++;
      else tn++;
    }
  }
  const n = tp + fp + tn + fn;
  return { steps: n, fpr: fp / Math.max(1, fp + tn), fnr: fn / Math.max(1, fn + tp), agreement: (tp + tn) / Math.max(1, n) };
}
