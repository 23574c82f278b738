import { jobsFor, runRollouts } from "../rollout/run-many.js";
import { decompose } from "../rollout/decompose.js";
import { hideAnswers } from "../judge/judge.js";
import { accuracyInterval, pairedBootstrap } from "../metrics/index.js";
import { scoreAnswer } from "./score.js";
export async function evaluate(o) {
    const byId = new Map(o.examples.map((e) => [e.id, e]));
    let done = 0;
    const trajectories = await runRollouts(jobsFor(o.examples, 1), { policy: o.policy, tools: o.tools, template: o.template, temperature: o.temperature ?? 0, maxActionTokens: o.maxActionTokens ?? 48, seed: o.seed ?? "eval" }, o.concurrency ?? 64, () => o.onDone?.(++done, o.examples.length));
    const records = [];
    for (const t of trajectories) {
        const example = byId.get(t.exampleId);
        const score = scoreAnswer(example, t.answer);
        let verdicts;
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
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export function summarize(records) {
    const stops = {};
    for (const r of records)
        stops[r.stop] = (stops[r.stop] ?? 0) + 1;
    const labels = records.flatMap((r) => (r.verdicts ?? []).map((v) => (v.label === "GOOD" ? 1 : 0)));
    return {
        n: records.length,
        accuracy: accuracyInterval(records.map((r) => r.correct)),
        em: mean(records.map((r) => r.em)),
        f1: mean(records.map((r) => r.f1)),
        meanSteps: mean(records.map((r) => r.steps)),
        meanToolCalls: mean(records.map((r) => r.toolCalls)),
        stops,
        ...(records.some((r) => r.verdicts) ? { meanProcessLabel: accuracyInterval(labels) } : {}),
    };
}
/** Paired bootstrap of trained − base accuracy on the same questions (matched by id). */
export function compareRuns(base, trained, seed = 0) {
    const t = new Map(trained.map((r) => [r.id, r.correct]));
    const shared = base.filter((r) => t.has(r.id));
    return pairedBootstrap(shared.map((r) => r.correct), shared.map((r) => t.get(r.id)), { seed });
}
/** The no-tool condition: the same task answered directly, with no tool and no searches allowed. */
export function noToolTemplate(t) {
    return { ...t, toolTags: [], maxToolCalls: 0, system: t.system ? `${t.system} Tools are unavailable: answer directly.` : "" };
}
//# sourceMappingURL=evaluate.js.map