/**
 * The demo's two task families: the synthetic QA world (search) and the arithmetic problems
 * (calculator), each with its embedded prompt template, tools, rule judges, the training
 * questions stage 1 rolls out (drawn with their own seed, so they are not the questions the
 * base policy was pretrained on) and held-out test questions.
 */
import type { Example } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { OutcomeJudge, ProcessJudge } from "../judge/judge.js";
import { EMBEDDED_MATH_TEMPLATE, EMBEDDED_QA_TEMPLATE, type PromptTemplate } from "../rollout/prompts.js";
import { buildQaEnv, type QaEnv } from "../synthetic/qa/env.js";
import { qaRuleJudge } from "../synthetic/qa/rule-judge.js";
import { mathRuleJudge } from "../synthetic/math/rule-judge.js";
import { generateQaQuestions } from "../synthetic/qa/questions.js";
import type { WorldSizes } from "../synthetic/qa/world.js";
import { generateMathProblems } from "../synthetic/math/problems.js";
import { calculatorTool } from "../tools/calculator.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";

export interface Family {
  readonly name: "qa" | "math";
  readonly title: string;
  readonly train: readonly Example[];
  readonly test: readonly Example[];
  readonly tools: ReadonlyMap<string, Tool>;
  readonly template: PromptTemplate;
  readonly processJudge: ProcessJudge;
  readonly outcomeJudge: OutcomeJudge;
  /** The QA environment (article text → title), for oracle labels. */
  readonly oracleEnv?: QaEnv;
  /** A harder held-out set, worded in ways training never showed (math: the test story frames). */
  readonly unseenFrames?: readonly Example[];
}

export interface DemoWorld {
  readonly world?: Partial<WorldSizes>;
  readonly hops?: readonly number[];
  /** Math problems the base policy was pretrained on (generated with `seed`): held-out ones never repeat them. */
  readonly mathPretrainQuestions?: number;
  /** Calculations per math problem (the base policy's `mathSteps`). */
  readonly mathSteps?: readonly number[];
}

export function demoFamilies(seed: number, trainCount: number, testCount: number, w: DemoWorld = {}): Family[] {
  const qa = buildQaEnv({ seed, train: 0, test: testCount, world: w.world, hops: w.hops });
  const qaTrain = generateQaQuestions(qa.world, { split: "train", count: trainCount, seed: `stage1:${seed}`, hops: w.hops }, qa.lookup)
    .map((e) => ({ ...e, id: e.id.replace("synthetic-qa-", "synthetic-qa-stage1-") }));
  const mathTrain = generateMathProblems({ split: "train", count: trainCount, seed: `stage1:${seed}`, steps: w.mathSteps })
    .map((e) => ({ ...e, id: e.id.replace("synthetic-math-", "synthetic-math-stage1-") }));
  // math is evaluated like QA (new questions, the training templates); the test frames' unseen
  // wording is a second, harder set
  const seen = new Set([...mathTrain, ...generateMathProblems({ split: "train", count: w.mathPretrainQuestions ?? 0, seed, steps: w.mathSteps })].map((e) => e.question));
  const mathTest = generateMathProblems({ split: "test", count: testCount, seed, frames: "train", exclude: seen, steps: w.mathSteps });
  return [
    {
      name: "qa", title: "QA (search)", train: qaTrain, test: qa.test, tools: new Map([["search_query", qa.search]]),
      template: EMBEDDED_QA_TEMPLATE, processJudge: qaRuleJudge(qa), outcomeJudge: ruleOutcomeJudge(), oracleEnv: qa,
    },
    {
      name: "math", title: "Math (calculator)", train: mathTrain, test: mathTest, unseenFrames: generateMathProblems({ split: "test", count: testCount, seed, steps: w.mathSteps }),
      tools: new Map([["math_exp", calculatorTool()]]), template: EMBEDDED_MATH_TEMPLATE, processJudge: mathRuleJudge(), outcomeJudge: ruleOutcomeJudge(),
    },
  ];
}
