/**
 * The scripted teacher for the arithmetic problems: a Policy that computes the reference
 * expressions one per turn and answers, and that makes, in a chosen share of trajectories, the
 * mistakes real models make: an arithmetic slip (a mistyped number), a wrong operand (an
 * older value instead of the latest), a repeated calculation, answering before the work is done;
 * and, optionally, a habit: stopping one calculation short on long problems. After a slip or a wrong operand it either notices and redoes the step right, or carries on
 * and answers the wrong value (half the time each).
 */
import type { Example, Message } from "../../types.js";
import type { Completion, CompletionRequest, Policy } from "../../policy/policy.js";
import { Rng } from "../../util/random.js";
import { readMathMeta } from "./problems.js";
import { questionOf } from "../../rollout/prompts.js";
import { calculationsSoFar } from "./rule-judge.js";
import { opValues, parseStory, storySentences } from "./story.js";

export type MathMistake = "slip" | "wrong_operand" | "repeat" | "premature";
export const MATH_MISTAKES: readonly MathMistake[] = ["slip", "wrong_operand", "repeat", "premature"];

export const calcAction = (expr: string): string => `<math_exp>${expr}</math_exp>`;
export const answerAction = (value: string | number): string => `<answer>${value}</answer>`;

export interface MathTeacherOptions {
  /** Share of trajectories with one mistake. */
  readonly mistakeRate: number;
  /**
   * The habit the QA teacher has too (answering before the evidence is in): the share of problems
   * of three or more calculations (the math twin of three-hop questions) on which it answers with the value before the last calculation.
   * Above one half it is the most likely action in that state, so a greedy student inherits it.
   */
  readonly stopShortRate?: number;
  readonly seed?: number | string;
  readonly quoteClause?: boolean;
}

/** Problems with at least this many calculations get the stop-short habit. */
export const STOP_SHORT_MIN_CALCULATIONS = 3;

export class MathTeacher implements Policy {
  readonly name = "teacher:math";
  private readonly byQuestion: Map<string, Example>;

  /**
   * quoteClause: each calculation is preceded by the problem's sentence it works on, copied
   * verbatim. Which sentence comes next is then "the one after the last quoted", a copy that
   * continues from a match (what small transformers learn first), and the numbers to use sit
   * right before the expression instead of somewhere in a long problem.
   */
  constructor(examples: readonly Example[], private readonly opts: MathTeacherOptions) {
    this.byQuestion = new Map(examples.map((e) => [e.question, e]));
  }

  async complete(request: CompletionRequest): Promise<Completion> {
    return { text: this.act(request.messages, String(request.seed ?? "")), tokens: 0, promptTokens: 0, finish: "stop" };
  }

  act(messages: readonly Message[], seed: string): string {
    const example = this.byQuestion.get(questionOf(messages));
    if (!example) throw new Error(`math teacher: unknown problem ${JSON.stringify(questionOf(messages).slice(0, 80))}`);
    const meta = readMathMeta(example);
    const traj = seed.replace(/:\d+$/, "");
    const rng = new Rng(`math-teacher:${this.opts.seed ?? 0}:${traj}`);
    const mistake = rng.chance(this.opts.mistakeRate) ? rng.pick(MATH_MISTAKES) : null;
    const at = rng.int(meta.expressions.length);
    const recovers = rng.chance(0.5);
    const { exprs, results } = calculationsSoFar(messages);
    const k = exprs.length;
    const done = new Set(exprs);
    const correctSoFar = exprs.filter((e) => meta.expressions.includes(e)).length;
    const latest = results[results.length - 1];
    const clauses = this.opts.quoteClause ? clausesOf(example.question) : [];
    // calculation i of the reference solution, or a mistaken version of it, with its sentence
    const calc = (i: number, expr: string): string => (clauses[i] ? `${clauses[i]} ` : "") + calcAction(expr);

    // after a mistaken step: redo it right, or carry on to a wrong answer
    const lastWasMistake = k > 0 && !meta.expressions.includes(exprs[k - 1]);
    if (lastWasMistake && !(mistake === "repeat")) {
      return recovers ? calc(correctSoFar, meta.expressions[correctSoFar]) : answerAction(latest);
    }
    if (k === at && correctSoFar === at) {
      const expr = meta.expressions[at];
      if (mistake === "premature" && at > 0) return answerAction(latest);
      if (mistake === "slip") {
        const nums = expr.match(/\d+(?:\.\d+)?/g) ?? [];
        const target = nums[nums.length - 1];
        if (target !== undefined) {
          const wrong = String(Number(target) + (rng.chance(0.5) ? 1 : -1) * (1 + rng.int(3)));
          return calc(at, expr.slice(0, expr.lastIndexOf(target)) + wrong + expr.slice(expr.lastIndexOf(target) + target.length));
        }
      }
      if (mistake === "wrong_operand" && at >= 2) {
        const older = String(meta.results[at - 2]);
        const first = expr.match(/\d+(?:\.\d+)?/)?.[0];
        if (first !== undefined && first !== older) return calc(at, older + expr.slice(first.length));
      }
    }
    if (mistake === "repeat" && k === at + 1 && k > 0 && exprs[k - 1] === meta.expressions[at] && exprs.length === correctSoFar) {
      return calc(at, exprs[k - 1]);
    }
    const next = meta.expressions.findIndex((e) => !done.has(e));
    const n = meta.expressions.length;
    const stopsShort = n >= STOP_SHORT_MIN_CALCULATIONS && new Rng(`math-teacher-habit:${this.opts.seed ?? 0}:${traj}`).chance(this.opts.stopShortRate ?? 0);
    if (stopsShort && next === n - 1 && correctSoFar === n - 1) return answerAction(latest);
    return next >= 0 ? calc(next, meta.expressions[next]) : answerAction(latest);
  }
}

/** The sentence each calculation of a problem's reference solution works on (groups and percent take two). */
function clausesOf(question: string): string[] {
  const story = parseStory(question);
  if (!story) return [];
  const opSentences = storySentences(question).slice(1); // the first only sets the start value
  return story.ops.flatMap((op, i) => opValues(op, 0).map(() => opSentences[i]));
}
