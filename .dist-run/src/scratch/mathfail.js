// scratch: load a model dir, evaluate math on test problems and on fresh train-frame problems; print failures
import { loadModel } from "../model/io.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { evaluate } from "../eval/evaluate.js";
import { demoFamilies } from "../demo/families.js";
import { generateMathProblems } from "../tasks/synthetic-math.js";
const dir = process.argv[2];
const n = Number(process.argv[3] ?? 100);
const { model, tokenizer } = await loadModel(dir);
const policy = new EmbeddedPolicy(model, tokenizer);
const fams = demoFamilies(1, 0, n, { world: { persons: 6000, works: 2000, oneWordNames: true }, hops: [2, 3] });
const math = fams.find((f) => f.name === "math");
const trainLike = generateMathProblems({ split: "train", count: n, seed: "fresh-eval" });
for (const [label, ex] of [["test", math.test], ["train-frames", trainLike]]) {
    const r = await evaluate({ policy, examples: ex, tools: math.tools, template: math.template, processJudge: math.processJudge, seed: 1 });
    console.log(label, r.summary.accuracy.estimate.toFixed(3), "pl", r.summary.meanProcessLabel?.estimate.toFixed(3), JSON.stringify(r.summary.stops));
    const bySteps = {};
    for (const rec of r.records) {
        const s = ex.find((e) => e.id === rec.id).meta.steps;
        bySteps[s] ??= [0, 0];
        bySteps[s][0] += rec.correct;
        bySteps[s][1]++;
    }
    console.log("  by steps", JSON.stringify(bySteps));
    for (const rec of r.records.filter((x) => !x.correct).slice(0, Number(process.env.SHOW ?? 3))) {
        console.log("Q:", rec.question, "gold", rec.answers[0]);
        rec.trajectory.steps.forEach((s, i) => console.log(`  ${s.text.trim()}${s.toolResult !== undefined ? " -> " + s.toolResult : ""}   [${rec.verdicts?.[i]?.label}]`));
    }
}
const qa = fams.find((f) => f.name === "qa");
const r = await evaluate({ policy, examples: qa.test, tools: qa.tools, template: qa.template, processJudge: qa.processJudge, seed: 1 });
console.log("qa", r.summary.accuracy.estimate.toFixed(3), "pl", r.summary.meanProcessLabel?.estimate.toFixed(3), JSON.stringify(r.summary.stops));
//# sourceMappingURL=mathfail.js.map