import { EMBEDDED_MATH_TEMPLATE, EMBEDDED_QA_TEMPLATE } from "../rollout/prompts.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { qaRuleJudge } from "../synthetic/qa-rule-judge.js";
import { mathRuleJudge } from "../synthetic/math-rule-judge.js";
import { generateQaQuestions } from "../tasks/synthetic-qa.js";
import { generateMathProblems } from "../tasks/synthetic-math.js";
import { calculatorTool } from "../tools/calculator.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";
export function demoFamilies(seed, trainCount, testCount, w = {}) {
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
//# sourceMappingURL=families.js.map