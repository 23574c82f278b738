/**
 * The rule process judge for the synthetic arithmetic problems. It never reads the answer key:
 * it reads the problem's operations from the family's sentence templates (story.ts) and
 * follows the calculations in the context as they actually came out. The paper's criteria as
 * rules:
 * - a calculation is GOOD when it is the next useful one: it evaluates to what the story's next
 *   operation gives from the values the context has actually reached (so a step that builds
 *   correctly on an earlier slip is still a good step), and it repeats no earlier calculation;
 * - an answer is GOOD only when it follows from the results: every operation of the story has
 *   been carried out and the answer equals the value reached;
 * - any malformed action is BAD.
 */
import type { Message, Verdict } from "../../types.js";
import type { ProcessJudge, StepToJudge } from "../../judge/judge.js";
import { JudgeError } from "../../errors/judge-error.js";
import { normaliseInput, parseAction } from "../../rollout/parse-action.js";
import { MATH_TEMPLATE, questionOf } from "../../rollout/prompts.js";
import { calculate } from "../../tools/calculator.js";
import { opValues, parseStory, type Story } from "./story.js";

const good = (rationale: string): Verdict => ({ label: "GOOD", rationale, judge: "rule" });
const bad = (rationale: string): Verdict => ({ label: "BAD", rationale, judge: "rule" });
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Expressions computed so far and their numeric results (failed calls give NaN). */
export function calculationsSoFar(messages: readonly Message[]): { exprs: string[]; results: number[] } {
  const exprs: string[] = [];
  const results: number[] = [];
  const start = messages.findIndex((m) => m.role === "user") + 1;
  for (const m of messages.slice(start)) {
    if (m.role === "assistant") {
      const a = parseAction(m.content, { toolTags: MATH_TEMPLATE.toolTags });
      if (a.kind === "tool") exprs.push(a.input);
    } else {
      const arrow = m.content.lastIndexOf(" -> ");
      results.push(arrow >= 0 ? Number(m.content.slice(arrow + 4)) : NaN);
    }
  }
  return { exprs, results };
}

/** Where the context stands in the story: the value reached, and the values the next calculations must give. */
export function progress(story: Story, results: readonly number[]): { value: number; expected: number[]; done: boolean } {
  let op = 0;
  let part = 0; // which calculation of a two-part op
  let value = story.start;
  let pending = story.ops.length > 0 ? opValues(story.ops[0], value) : [];
  for (const r of results) {
    if (op >= story.ops.length || !close(r, pending[part])) continue; // a wasted or mistaken step
    part++;
    if (part === pending.length) {
      value = r;
      op++;
      part = 0;
      pending = op < story.ops.length ? opValues(story.ops[op], value) : [];
    }
  }
  return { value, expected: pending.slice(part), done: op >= story.ops.length };
}

export function mathRuleJudge(): ProcessJudge {
  return {
    name: "rule",
    async judgeStep(x: StepToJudge): Promise<Verdict> {
      const story = parseStory(questionOf(x.messages));
      if (!story) throw new JudgeError({ judge: "rule", problem: "not_applicable", attempts: 1, detail: `example ${x.example.id} is not a synthetic arithmetic problem` });
      const action = parseAction(x.action, { toolTags: MATH_TEMPLATE.toolTags });
      if (action.kind === "invalid") return bad(`malformed action: ${action.reason}`);
      const { exprs, results } = calculationsSoFar(x.messages);
      const at = progress(story, results);
      if (action.kind === "answer") {
        const value = Number(action.answer.replace(/,/g, ""));
        if (!at.done) return bad("answered before every step of the problem was computed");
        return close(value, at.value) ? good("the answer is the value the calculations reached") : bad(`the calculations do not support ${action.answer}`);
      }
      if (exprs.some((e) => normaliseInput(e) === normaliseInput(action.input))) return bad("repeats an earlier calculation");
      if (at.done) return bad("every step is computed already; it should answer");
      const out = Number(calculate(action.input));
      if (!Number.isFinite(out)) return bad("the expression does not evaluate");
      return close(out, at.expected[0]) ? good("the next calculation the problem needs") : bad("not the calculation the problem needs next");
    },
  };
}
