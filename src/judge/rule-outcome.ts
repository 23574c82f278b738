/**
 * The rule outcome judge: the task's own metric instead of a model, the cheap default for the
 * synthetic worlds (whose answers are short names and numbers) and a sanity check for real ones.
 * Text answers (QA, a user's task): exact match after HotPotQA's normalisation (lower case, no
 * articles or punctuation) against any accepted answer. Numbers (math): the last number of the answer equals the key's, within a
 * relative 1e-6 (so 18, 18.0, $18 and "18 dollars" all match 18).
 */
import { hotpotExactMatch, numericMatch } from "../metrics/index.js";
import type { Verdict } from "../types.js";
import { numericAnswers } from "../task-kind.js";
import type { OutcomeJudge, OutcomeToJudge } from "./judge.js";

export class RuleOutcomeJudge implements OutcomeJudge {
  readonly name = "rule-outcome";

  async judgeOutcome(x: OutcomeToJudge): Promise<Verdict> {
    return ruleOutcome(x, this.name);
  }
}

export function ruleOutcomeJudge(): RuleOutcomeJudge {
  return new RuleOutcomeJudge();
}

/** The verdict, synchronously (for bulk scoring). */
export function ruleOutcome(x: OutcomeToJudge, judge = "rule-outcome"): Verdict {
  const answer = x.answer?.trim();
  if (!answer) return { label: "BAD", rationale: "no final answer", judge };
  const numeric = numericAnswers(x.example.kind);
  const match = numeric ? numericMatch : hotpotExactMatch;
  const hit = x.example.answers.find((gold) => match(answer, gold) === 1);
  const how = numeric ? "numeric match" : "exact match after normalisation";
  return hit !== undefined
    ? { label: "GOOD", rationale: `${how} with ${JSON.stringify(hit)}`, judge }
    : { label: "BAD", rationale: `no ${how} with ${JSON.stringify(x.example.answers)}`, judge };
}
