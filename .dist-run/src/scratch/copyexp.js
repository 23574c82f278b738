// scratch: how fast does the model learn to copy the question's subject into its first query?
// args: '<json: batch, lr, steps, warm, model overrides, evalEvery, second (also 2nd action)>'
import { BasePolicyConfigSchema, curriculum } from "../pretrain/base-policy.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { conversation } from "../rollout/decompose.js";
import { Tokenizer } from "../model/tokenizer.js";
import { encodeConversation } from "../model/chat.js";
import { presetConfig, parameterCount } from "../model/config.js";
import { Model } from "../model/model.js";
import { AdamW, Arena, clipGradNorm, crossEntropy, learningRate } from "../engine/index.js";
import { makeBatch, trainedTokens } from "../train/batch.js";
import { batchAt } from "../train/sft.js";
import { qaDemonstrations } from "../pretrain/demonstrations.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { EMBEDDED_QA_TEMPLATE, taskPrompt, stopStrings } from "../rollout/prompts.js";
import { parseAction } from "../rollout/parse-action.js";
import { readQaMeta } from "../tasks/synthetic-qa.js";
const a = JSON.parse(process.argv[2] ?? "{}");
const cfg = BasePolicyConfigSchema.parse({});
const t0 = performance.now();
const el = () => ((performance.now() - t0) / 1000).toFixed(0);
const qa = buildQaEnv({ seed: 1, train: cfg.qaQuestions, test: 100, world: cfg.world, hops: cfg.hops });
const convs = (await qaDemonstrations(qa, { mistakeRate: cfg.mistakeRate, stopShortRate: cfg.stopShortRate }, 1)).map(conversation);
const tokenizer = Tokenizer.train(convs.flatMap((c) => c.map((m) => m.content)), { merges: a.merges ?? 400 });
const model = new Model(presetConfig(a.preset ?? "XS", tokenizer.vocabSize, { contextLength: 384, ...(a.model ?? {}) }), 1);
console.log(`params ${parameterCount(model.config)} ${JSON.stringify(a)}`);
const st = a.whole ? convs : curriculum([{ conversations: convs, starts: [0, 10_000] }])[0].conversations;
const data = st.map((c) => encodeConversation(tokenizer, c, { train: a.all ? "all" : "all-assistant" }));
const lengths = data.map((s) => s.ids.length);
const policy = new EmbeddedPolicy(model, tokenizer);
async function ev(step) {
    let ok = 0, fmt = 0;
    const outs = await Promise.all(qa.test.map((e) => policy.complete({ messages: taskPrompt(EMBEDDED_QA_TEMPLATE, e), temperature: 0, maxTokens: 40, stop: stopStrings(EMBEDDED_QA_TEMPLATE) })));
    outs.forEach((o, i) => {
        const act = parseAction(o.text, { toolTags: ["search_query"] });
        if (act.kind === "tool") {
            fmt++;
            if (readQaMeta(qa.test[i]).subjects.includes(act.input.trim()))
                ok++;
        }
    });
    console.log(`EVAL ${step} first-query ${ok}/${qa.test.length} format ${fmt} e.g. ${JSON.stringify(outs[0].text)} for ${JSON.stringify(qa.test[0].question)} (${el()}s)`);
}
const steps = a.steps ?? 600;
const opt = new AdamW(model.parameterGroups(0.1));
const schedule = { maxLr: a.lr ?? 3e-4, minLr: (a.lr ?? 3e-4) / 10, warmupSteps: a.warm ?? 30, totalSteps: a.decay ?? 1900 };
const arena = new Arena();
let L = 0;
for (let step = 0; step < steps; step++) {
    const seqs = batchAt(data.length, a.batch ?? 24, step, 1, lengths).map((i) => data[i]);
    const batch = makeBatch(seqs, seqs.map(() => 1), tokenizer.pad, 384);
    const n = trainedTokens(batch);
    L += arena.run(() => {
        opt.zeroGrad();
        const loss = crossEntropy(model.forward(batch.ids, batch.B, batch.T), batch.targets, batch.weights.map((v) => v / Math.max(1, n)));
        loss.backward();
        clipGradNorm(model.parameters(), 1);
        opt.update(learningRate(schedule, step));
        return loss.item();
    });
    if ((step + 1) % (a.evalEvery ?? 50) === 0) {
        console.log(`step ${step + 1} loss ${(L / (a.evalEvery ?? 50)).toFixed(3)}`);
        L = 0;
        await ev(step + 1);
    }
}
//# sourceMappingURL=copyexp.js.map