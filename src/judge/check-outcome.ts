/**
 * An outcome judge from a check function `(answer, example) => boolean`: a task's own way of
 * deciding whether a final answer is right (a config's `check:`), in place of the built-in metric.
 * A check that throws is a judge failure (retried, then recorded), not a BAD label.
 */
import type { Example, Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge } from "./judge.js";

export type AnswerCheck = (answer: string, example: Example) => boolean | Promise<boolean>;

export function checkOutcomeJudge(name: string, check: AnswerCheck): OutcomeJudge {
  const judge = `check:${name}`;
  return {
    name: judge,
    async judgeOutcome(x: OutcomeToJudge): Promise<Verdict> {
      const answer = x.answer?.trim();
      if (!answer) return { label: "BAD", rationale: "no final answer", judge };
      const ok = await check(answer, x.example);
      if (typeof ok !== "boolean") throw new Error(`${judge} returned ${typeof ok}, not a boolean`);
      return ok ? { label: "GOOD", rationale: `${name} accepts ${JSON.stringify(answer)}`, judge } : { label: "BAD", rationale: `${name} rejects ${JSON.stringify(answer)}`, judge };
    },
  };
}
