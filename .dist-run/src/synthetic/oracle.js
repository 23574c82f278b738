import { hideAnswers } from "../judge/judge.js";
import { decompose } from "../rollout/decompose.js";
import { normaliseInput, parseAction } from "../rollout/parse-action.js";
import { QA_TEMPLATE, MATH_TEMPLATE } from "../rollout/prompts.js";
import { readQaMeta } from "../tasks/synthetic-qa.js";
import { readMathMeta } from "../tasks/synthetic-math.js";
import { calculate } from "../tools/calculator.js";
import { scoreAnswer } from "../eval/score.js";
import { retrievedSoFar } from "./qa-rule-judge.js";
import { calculationsSoFar } from "./math-rule-judge.js";
const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
export function qaOracle(env, example, messages, action) {
    const meta = readQaMeta(example);
    const a = parseAction(action, { toolTags: QA_TEMPLATE.toolTags });
    if (a.kind === "invalid")
        return false;
    if (a.kind === "answer")
        return scoreAnswer(example, a.answer).correct === 1;
    const { titles, queries } = retrievedSoFar(env, messages);
    if (queries.some((q) => normaliseInput(q) === normaliseInput(a.input)))
        return false;
    const have = new Set(titles.map((t) => t.toLowerCase()));
    const needed = meta.comparison ? meta.subjects : meta.chain.map((f) => f.subject);
    const next = meta.comparison ? needed.filter((e) => !have.has(e.toLowerCase())) : needed.filter((e) => !have.has(e.toLowerCase())).slice(0, 1);
    return next.some((e) => normaliseInput(e) === normaliseInput(a.input));
}
export function mathOracle(example, messages, action) {
    const meta = readMathMeta(example);
    const a = parseAction(action, { toolTags: MATH_TEMPLATE.toolTags });
    if (a.kind === "invalid")
        return false;
    if (a.kind === "answer")
        return scoreAnswer(example, a.answer).correct === 1;
    const { results } = calculationsSoFar(messages);
    let done = 0; // reference results reached so far, in order
    for (const r of results)
        if (done < meta.results.length && close(r, meta.results[done]))
            done++;
    const value = Number(calculate(a.input));
    return done < meta.results.length && Number.isFinite(value) && close(value, meta.results[done]);
}
/** Compares a process judge with an oracle on every step of the trajectories. */
export async function judgeAgreement(trajectories, examples, judge, oracle) {
    let tp = 0, fp = 0, tn = 0, fn = 0;
    for (const t of trajectories) {
        const example = examples.get(t.exampleId);
        if (!example)
            continue;
        for (const s of decompose(t)) {
            const v = await judge.judgeStep({ example: hideAnswers(example), messages: s.messages, action: s.action });
            const right = oracle(example, s.messages, s.action);
            if (v.label === "GOOD") {
                if (right)
                    tp++;
                else
                    fp++;
            }
            else if (right)
                fn++;
            else
                tn++;
        }
    }
    const n = tp + fp + tn + fn;
    return { steps: n, fpr: fp / Math.max(1, fp + tn), fnr: fn / Math.max(1, fn + tp), agreement: (tp + tn) / Math.max(1, n) };
}
//# sourceMappingURL=oracle.js.map