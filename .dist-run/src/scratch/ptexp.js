// scratch: pretraining experiment with periodic greedy evaluation. args: '<json overrides>' evalEvery nEval
import { BasePolicyConfigSchema, basePolicyDir, curriculum } from "../pretrain/base-policy.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { buildMathEnv } from "../synthetic/math-env.js";
import { conversation } from "../rollout/decompose.js";
import { Tokenizer } from "../model/tokenizer.js";
import { encodeConversation } from "../model/chat.js";
import { presetConfig, parameterCount } from "../model/config.js";
import { Model } from "../model/model.js";
import { AdamW, Arena, clipGradNorm, crossEntropy, learningRate } from "../engine/index.js";
import { makeBatch, trainedTokens } from "../train/batch.js";
import { batchAt } from "../train/sft.js";
import { mathDemonstrations, qaDemonstrations } from "../pretrain/demonstrations.js";
import { demoFamilies } from "../demo/families.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { evaluate } from "../eval/evaluate.js";
import { saveModel } from "../model/io.js";
const over = JSON.parse(process.argv[2] ?? "{}");
const evalEvery = Number(process.argv[3] ?? 200);
const nEval = Number(process.argv[4] ?? 100);
const modelOver = over.model ?? {};
delete over.model;
const cfg = BasePolicyConfigSchema.parse(over);
const t0 = performance.now();
const el = () => ((performance.now() - t0) / 1000).toFixed(0);
const qa = buildQaEnv({ seed: cfg.seed, train: cfg.qaQuestions, test: 1, world: cfg.world, hops: cfg.hops });
const math = buildMathEnv({ seed: cfg.seed, train: cfg.mathQuestions, test: 1, steps: cfg.mathSteps });
const fams = {
    qa: (await qaDemonstrations(qa, { mistakeRate: cfg.mistakeRate, stopShortRate: cfg.stopShortRate }, cfg.seed)).map(conversation),
    math: (await mathDemonstrations(math, cfg.mistakeRate, cfg.seed, cfg.mathThought === "clause")).map(conversation),
};
const tokenizer = Tokenizer.train([...fams.qa, ...fams.math].flatMap((c) => c.map((m) => m.content)), { merges: cfg.merges });
const model = new Model(presetConfig(cfg.preset, tokenizer.vocabSize, { contextLength: cfg.contextLength, ...modelOver }), cfg.seed);
console.log(`vocab ${tokenizer.vocabSize} params ${parameterCount(model.config)} cfg ${JSON.stringify(over)} model ${JSON.stringify(modelOver)}`);
const encode = (cs) => cs.map((c) => encodeConversation(tokenizer, c, { train: cfg.trainOn === "all" ? "all" : "all-assistant" }));
const lens = (cs) => { const l = cs.map((s) => s.ids.length); return `mean ${(l.reduce((a, b) => a + b, 0) / l.length).toFixed(0)} max ${Math.max(...l)}`; };
console.log(`qa lens ${lens(encode(fams.qa))} math lens ${lens(encode(fams.math))}`);
const stages = curriculum([{ conversations: fams.qa, starts: cfg.curriculum.qa ?? [] }, { conversations: fams.math, starts: cfg.curriculum.math ?? [] }])
    .map(({ from, conversations }) => { const fits = encode(conversations).filter((s) => s.ids.length - 1 <= model.config.contextLength); return { from, fits, lengths: fits.map((s) => s.ids.length) }; });
const families = demoFamilies(cfg.seed, 0, nEval, { world: cfg.world, hops: cfg.hops, mathSteps: cfg.mathSteps, mathPretrainQuestions: cfg.mathQuestions });
async function ev(step) {
    const policy = new EmbeddedPolicy(model, tokenizer);
    const out = [];
    for (const fam of families) {
        const r = await evaluate({ policy, examples: fam.test, tools: fam.tools, template: fam.template, processJudge: fam.processJudge, seed: 1 });
        for (const rec of r.records.slice(0, 2))
            console.log(`  [${fam.name}] ${rec.question} | ${rec.trajectory.steps.map((x) => x.text.trim() + (x.toolResult ? " => " + x.toolResult.slice(0, 60) : "")).join(" | ")}`);
        out.push(`${fam.name} ${r.summary.accuracy.estimate.toFixed(3)} pl ${r.summary.meanProcessLabel?.estimate.toFixed(3)}`);
    }
    console.log(`EVAL step ${step} ${out.join("  ")} (${el()}s)`);
}
const opt = new AdamW(model.parameterGroups(0.1));
const schedule = { maxLr: cfg.lr, minLr: cfg.lr / 10, warmupSteps: Math.ceil(cfg.steps / 20), totalSteps: cfg.steps };
const arena = new Arena();
let lossAcc = 0, toks = 0, ms = 0;
for (let step = 0; step < cfg.steps; step++) {
    const t1 = performance.now();
    const { fits, lengths } = stages.filter((st) => st.from <= step).at(-1);
    const seqs = batchAt(fits.length, Math.min(cfg.batchSize, fits.length), step, cfg.seed, lengths).map((i) => fits[i]);
    const batch = makeBatch(seqs, seqs.map(() => 1), tokenizer.pad, model.config.contextLength);
    const n = trainedTokens(batch);
    lossAcc += arena.run(() => {
        opt.zeroGrad();
        const loss = crossEntropy(model.forward(batch.ids, batch.B, batch.T), batch.targets, batch.weights.map((v) => v / Math.max(1, n)));
        loss.backward();
        clipGradNorm(model.parameters(), 1);
        opt.update(learningRate(schedule, step));
        return loss.item();
    });
    toks += batch.B * batch.T;
    ms += performance.now() - t1;
    if ((step + 1) % 50 === 0) {
        console.log(`step ${step + 1} loss ${(lossAcc / 50).toFixed(3)} ${(toks / ms * 1000).toFixed(0)} tok/s (${el()}s)`);
        lossAcc = 0;
        toks = 0;
        ms = 0;
    }
    if ((step + 1) % evalEvery === 0 || step + 1 === cfg.steps)
        await ev(step + 1);
}
if (process.env.SAVE)
    await saveModel(process.env.SAVE === "cache" ? basePolicyDir(".cache/swirl", cfg) : process.env.SAVE, model, tokenizer, { trainState: { kind: "base-policy", config: cfg } });
//# sourceMappingURL=ptexp.js.map