/**
 * Scoring a final answer against a task's answer key with the task's own metric: exact match
 * after the official HotPotQA normalisation (best over aliases, as MuSiQue), token F1 where it
 * applies. Math answers also get a tolerant numeric match (`numeric`: "$18", "18.00" and
 * "18 dollars" equal 18). GSM8K counts by its official rule (grade_school_math's is_correct:
 * the number as written, commas removed, equal as strings), so there `correct` = `em` = that
 * rule and `numeric` is reported beside it; the synthetic math family counts by `numeric`.
 */
import { beerqaScore, gsm8kExactMatch, hotpotScore, musiqueScore, numericMatch } from "../metrics/index.js";
import type { Example } from "../types.js";
import { numericAnswers } from "../task-kind.js";

export interface AnswerScore {
  /** 1 when the answer counts as correct (the accuracy metric). */
  readonly correct: number;
  readonly em: number;
  readonly f1: number;
  /** Math only: the tolerant numeric match. */
  readonly numeric?: number;
}

export function scoreAnswer(example: Example, answer: string | undefined): AnswerScore {
  const numbers = numericAnswers(example.kind);
  if (answer === undefined) return numbers ? { correct: 0, em: 0, f1: 0, numeric: 0 } : { correct: 0, em: 0, f1: 0 };
  if (numbers) {
    const numeric = Math.max(...example.answers.map((g) => numericMatch(answer, g)));
    if (example.dataset === "gsm8k") {
      const em = gsm8kExactMatch(`#### ${answer}`, `#### ${example.answers[0]}`);
      return { correct: em, em, f1: em, numeric };
    }
    return { correct: numeric, em: numeric, f1: numeric, numeric };
  }
  if (example.dataset === "beerqa") {
    const s = beerqaScore(answer, example.answers);
    return { correct: s.em, em: s.em, f1: s.f1 };
  }
  if (example.dataset === "hotpotqa") {
    const s = hotpotScore(answer, example.answers[0]);
    return { correct: s.em, em: s.em, f1: s.f1 };
  }
  const s = musiqueScore(answer, example.answers);
  return { correct: s.em, em: s.em, f1: s.f1 };
}
