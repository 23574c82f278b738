/**
 * `swirl demo`: the whole method on the embedded model, from nothing, on one machine.
 *   1. pretrain the base policy on teacher demonstrations (cached);
 *   2. stage 1 on each family: generate 5 trajectories per question, judge every step and
 *      answer, filter (all four filters);
 *   3. stage 2: SWiRL on the process-filtered states of each family; on QA also the other
 *      three filters (Fig. 4) and the SFT baseline on the same data (Fig. 5);
 *   4. evaluate base and trained policies on both families (Table 2: in-domain and transfer;
 *      Table 3: mean process label), and the judge reward of fresh samples on held-out states;
 *   5. write the HTML report.
 * Every stage resumes: re-running the demo after an interruption redoes nothing finished.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, join } from "node:path";
import { loadModel } from "../model/io.js";
import { kernels } from "../engine/index.js";
import { BasePolicyConfigSchema, pretrainBasePolicy } from "../pretrain/base-policy.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { generate } from "../stages/generate.js";
import { judge } from "../stages/judge.js";
import { filter } from "../stages/filter.js";
import { readStates } from "../export/index.js";
import { FILTERS } from "../filter/filters.js";
import { stopStrings } from "../rollout/prompts.js";
import { decompose } from "../rollout/decompose.js";
import { DEFAULT_TRAIN, trainSwirl, sampleGroups } from "../train/trainer.js";
import { sftBaseline } from "../train/sft-baseline.js";
import { compareRuns, evaluate } from "../eval/evaluate.js";
import { accuracyInterval, pairedBootstrap } from "../metrics/index.js";
import { loadReportData, writeReport } from "../report/index.js";
import { FULL_DEMO, QUICK_DEMO } from "./config.js";
import { demoFamilies } from "./families.js";
import { delta, interval, pct, textTable } from "./tables.js";
import { judgeAgreement, mathOracle, qaOracle } from "../synthetic/oracle.js";
import { parseTrajectory } from "../run/records.js";
export async function runDemo(o) {
    const cfg = o.quick ? QUICK_DEMO : FULL_DEMO;
    const seed = o.seed ?? 1;
    const log = o.log ?? ((l) => console.log(l));
    const t0 = performance.now();
    const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)}s`;
    mkdirSync(o.outDir, { recursive: true });
    // ---------------------------------------------------------------- 1. base policy
    const baseCfg = BasePolicyConfigSchema.parse({ ...cfg.base, ...o.base, seed });
    log(`[1/5] base policy (${baseCfg.preset}, cached in ${o.cacheDir})`);
    let lastLog = 0;
    const base = await pretrainBasePolicy(o.cacheDir, baseCfg, (p) => {
        if (p.message)
            log(`      ${p.message}`);
        if (p.metrics && (p.metrics.step % 50 === 0 || performance.now() - lastLog > 30_000)) {
            lastLog = performance.now();
            log(`      pretrain step ${p.metrics.step}/${baseCfg.steps} loss ${p.metrics.loss.toFixed(3)} (${elapsed()})`);
        }
    });
    log(`      ${base.cached ? "loaded" : "trained"} ${basename(base.dir)} (${elapsed()})`);
    const families = demoFamilies(seed, cfg.stage1Questions, cfg.testQuestions, { world: baseCfg.world, hops: baseCfg.hops, mathPretrainQuestions: baseCfg.mathQuestions, mathSteps: baseCfg.mathSteps });
    const fresh = async () => (await loadModel(base.dir)).model;
    // ---------------------------------------------------------------- 2. stage 1
    const survivors = {};
    const agreements = {};
    for (const fam of families) {
        const runDir = join(o.outDir, fam.name);
        log(`[2/5] stage 1 on ${fam.title}: ${fam.train.length} questions × ${cfg.samples} samples`);
        const policy = new EmbeddedPolicy(base.model, base.tokenizer, { name: `embedded:${basename(base.dir)}` });
        const g = await generate({ runDir, policy, examples: fam.train, tools: fam.tools, template: fam.template, samples: cfg.samples, temperature: 1, seed, concurrency: 64, maxActionTokens: 48 });
        const j = await judge({ runDir, examples: fam.train, processJudge: fam.processJudge, outcomeJudge: fam.outcomeJudge, concurrency: 64 });
        const f = await filter({ runDir });
        survivors[fam.name] = f.counts;
        log(`      ${g.total} trajectories (${g.errors} errors), ${j.total} verdicts; survivors ${FILTERS.map((n) => `${n} ${f.counts[n].trajectories}`).join(", ")} (${elapsed()})`);
        // the rule judge against oracle labels computed with the answer key, on these trajectories
        const file = join(runDir, "trajectories.jsonl");
        const trajectories = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l, i) => parseTrajectory(JSON.parse(l), file, i + 1));
        const byId = new Map(fam.train.map((e) => [e.id, e]));
        agreements[fam.name] = await judgeAgreement(trajectories, byId, fam.processJudge, fam.name === "qa" ? (e, m, a) => qaOracle(fam.oracleEnv, e, m, a) : mathOracle);
    }
    // ---------------------------------------------------------------- 3. stage 2
    const examplesOf = (fam) => new Map([...fam.train, ...fam.test].map((e) => [e.id, e]));
    const notes = [];
    const statesOf = (fam, f) => {
        const states = readStates(join(o.outDir, fam.name, `states.${f}.jsonl`));
        if (states.length > 0 || f === "none")
            return states;
        // a weak base (e.g. --quick) may pass no trajectory: train on all states rather than not at all, and say so
        const note = `${fam.name}: no trajectory passed the ${f} filter; that run trained on the unfiltered states`;
        if (!notes.includes(note))
            notes.push(note);
        log(`      warning: ${note}`);
        return readStates(join(o.outDir, fam.name, "states.none.jsonl"));
    };
    const swirl = async (fam, f, steps, suffix = "") => {
        const name = `swirl-${fam.name}-${f}${suffix}`;
        const model = await fresh();
        const runDir = join(o.outDir, fam.name, `train-${f}${suffix}`);
        const metrics = await trainSwirl({ runDir, model, tokenizer: base.tokenizer, states: statesOf(fam, f), examples: examplesOf(fam), judge: fam.processJudge }, { ...DEFAULT_TRAIN, steps, statesPerStep: cfg.statesPerStep, lr: cfg.rlLr, warmupSteps: Math.max(1, Math.round(steps / 10)), seed, stop: stopStrings(fam.template), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: cfg.samplesPerState } });
        const last = metrics.slice(-5);
        log(`      ${name}: ${steps} updates, last reward ${last.length ? pct(last.reduce((a, m) => a + m.reward, 0) / last.length) : "(resumed)"} (${elapsed()})`);
        return { name, filter: f, model, metrics: readMetrics(join(runDir, "metrics.jsonl")) };
    };
    const [qa, math] = families;
    log(`[3/5] stage 2 (SWiRL: ${cfg.statesPerStep} states × ${cfg.samplesPerState} samples per update)`);
    const swirlQa = await swirl(qa, "process", cfg.rlSteps);
    const swirlMath = await swirl(math, "process", cfg.rlSteps);
    // Figure 4: the four filters under one protocol (the same number of updates each), apart from the main run
    const ablation = [];
    for (const f of FILTERS)
        ablation.push(await swirl(qa, f, cfg.ablationSteps, "-ablation"));
    const sftModel = await fresh();
    const sftSteps = await sftBaseline(join(o.outDir, qa.name, "train-sft-process"), sftModel, base.tokenizer, statesOf(qa, "process"), { epochs: cfg.sftEpochs, batchSize: 16, lr: cfg.sftLr, seed, maxSteps: cfg.rlSteps * 4 });
    log(`      sft-qa-process: ${sftSteps} updates (${elapsed()})`);
    // ---------------------------------------------------------------- 4. evaluation
    log(`[4/5] evaluation on ${cfg.testQuestions} held-out questions per family (greedy)`);
    const evals = new Map();
    const evalDir = join(o.outDir, "eval");
    mkdirSync(evalDir, { recursive: true });
    const run = async (name, model, fam, set = "test") => {
        const policy = new EmbeddedPolicy(model, base.tokenizer, { name });
        const task = set === "test" ? fam.name : `${fam.name}-unseen`;
        const examples = set === "test" ? fam.test : fam.unseenFrames ?? [];
        const r = await evaluate({ policy, examples, tools: fam.tools, template: fam.template, processJudge: fam.processJudge, seed });
        evals.set(`${name}/${task}`, r);
        writeFileSync(join(evalDir, `${name}-${task}.json`), JSON.stringify({ policy: name, task, ...r.summary }, null, 2) + "\n");
        writeFileSync(join(evalDir, `${name}-${task}.jsonl`), r.records.map((x) => JSON.stringify(x)).join("\n") + "\n");
        return r;
    };
    for (const fam of families) {
        await run("base", base.model, fam);
        await run("swirl-qa", swirlQa.model, fam);
        await run("swirl-math", swirlMath.model, fam);
    }
    for (const p of [["base", base.model], ["swirl-qa", swirlQa.model], ["swirl-math", swirlMath.model]])
        await run(p[0], p[1], math, "unseen");
    for (const t of ablation)
        await run(t.name, t.model, qa);
    await run("sft-qa", sftModel, qa);
    log(`      ${evals.size} evaluations (${elapsed()})`);
    // sampled actions on held-out states: mean judge reward, base vs SWiRL (issue: stage 2 raises it)
    const heldOut = evals.get(`base/${qa.name}`).records.flatMap((r) => decompose(r.trajectory)).slice(0, cfg.heldOutStates);
    // per state, the mean reward of its samples: the pairs for the bootstrap of the difference
    const rewardOn = async (model) => {
        const policy = new EmbeddedPolicy(model, base.tokenizer);
        const groups = await sampleGroups(policy, qa.processJudge, heldOut, examplesOf(qa), { ...DEFAULT_TRAIN, steps: 0, stop: stopStrings(qa.template), objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 2 } }, "eval");
        const rewards = groups.map((g) => g.actions.map((a) => a.reward));
        return { all: rewards.flat(), perState: rewards.map((r) => r.reduce((a, b) => a + b, 0) / r.length) };
    };
    const baseRewards = await rewardOn(base.model);
    const swirlRewards = await rewardOn(swirlQa.model);
    const baseReward = accuracyInterval(baseRewards.all);
    const swirlReward = accuracyInterval(swirlRewards.all);
    const rewardDelta = pairedBootstrap(baseRewards.perState, swirlRewards.perState, { seed });
    // ---------------------------------------------------------------- 5. tables and report
    const acc = (p, f) => interval(evals.get(`${p}/${f.name}`).summary.accuracy);
    const vsBase = (p, f) => delta(compareRuns(evals.get(`base/${f.name}`).records, evals.get(`${p}/${f.name}`).records, seed));
    const tables = [
        {
            title: "Table 2 (miniature): accuracy on held-out questions, greedy, 95% Wilson interval; Δ vs base with paired-bootstrap 95% interval",
            columns: ["policy", "QA accuracy", "QA Δ", "Math accuracy", "Math Δ"],
            rows: [
                ["base", acc("base", qa), "", acc("base", math), ""],
                ["SWiRL on QA", acc("swirl-qa", qa), vsBase("swirl-qa", qa), acc("swirl-qa", math), vsBase("swirl-qa", math)],
                ["SWiRL on math", acc("swirl-math", qa), vsBase("swirl-math", qa), acc("swirl-math", math), vsBase("swirl-math", math)],
            ],
            note: "In-domain: SWiRL on QA → QA, SWiRL on math → Math. Transfer: the other column. Held-out questions use the training templates (QA: persons never seen; math: new problems in the training story frames).",
        },
        {
            title: "Math on unseen story frames: held-out problems worded with verbs and items training never showed (out of distribution)",
            columns: ["policy", "Math accuracy", "Δ vs base", "mean process label"],
            rows: ["base", "swirl-qa", "swirl-math"].map((p) => [
                p, interval(evals.get(`${p}/math-unseen`).summary.accuracy),
                p === "base" ? "" : delta(compareRuns(evals.get("base/math-unseen").records, evals.get(`${p}/math-unseen`).records, seed)),
                interval(evals.get(`${p}/math-unseen`).summary.meanProcessLabel),
            ]),
        },
        {
            title: "Figure 4 (miniature): SWiRL on QA trained on each filter's states (QA accuracy)",
            columns: ["filter", "trajectories kept", "states", "updates", "QA accuracy", "Δ vs base"],
            rows: ablation.map((t) => [t.filter, survivors.qa[t.filter].trajectories, survivors.qa[t.filter].states, cfg.ablationSteps, acc(t.name, qa), vsBase(t.name, qa)]),
            note: `Every filter gets the same ${cfg.ablationSteps} updates here; the main SWiRL-on-QA run (process filter, ${cfg.rlSteps} updates) is Table 2's.`,
        },
        {
            title: "Figure 5 (miniature): SWiRL vs SFT on the same process-filtered QA data",
            columns: ["method", "QA accuracy", "Δ vs base"],
            rows: [["SWiRL", acc("swirl-qa", qa), vsBase("swirl-qa", qa)], ["SFT", acc("sft-qa", qa), vsBase("sft-qa", qa)]],
        },
        {
            title: "Table 3 (miniature): mean process label (share of GOOD steps) of evaluation trajectories",
            columns: ["policy", "QA", "Math"],
            rows: ["base", "swirl-qa", "swirl-math"].map((p) => [p, ...families.map((f) => interval(evals.get(`${p}/${f.name}`).summary.meanProcessLabel))]),
        },
        {
            title: "Stage 1: survivors per filter (trajectories / states) and the rule judge against oracle labels",
            columns: ["family", ...FILTERS, "steps judged", "judge FPR", "judge FNR", "agreement"],
            rows: families.map((f) => [f.title, ...FILTERS.map((n) => `${survivors[f.name][n].trajectories} / ${survivors[f.name][n].states}`), agreements[f.name].steps, pct(agreements[f.name].fpr), pct(agreements[f.name].fnr), pct(agreements[f.name].agreement)]),
            note: "Oracle labels use the answer key and the reference solution; the rule judge never sees either. FPR: judged GOOD among wrong steps; FNR: judged BAD among right steps.",
        },
        {
            title: "Stage-2 objective on held-out states: mean judge reward of fresh sampled actions (T = 1)",
            columns: ["policy", "mean reward", "Δ vs base", "states × samples"],
            rows: [["base", interval(baseReward), "", `${heldOut.length} × 2`], ["SWiRL on QA", interval(swirlReward), delta(rewardDelta), `${heldOut.length} × 2`]],
            note: "Held-out states: the base policy's evaluation trajectories on test questions, cut into sub-trajectories. Δ: paired bootstrap over states.",
        },
    ];
    if (notes.length > 0)
        tables.push({ title: "Notes", columns: ["note"], rows: notes.map((n) => [n]) });
    for (const t of tables)
        log(textTable(t));
    const data = loadReportData(join(o.outDir, qa.name), { title: "swirl demo" });
    const k = kernels().info();
    const reportPath = await writeReport(o.outDir, {
        ...data,
        title: `swirl demo${o.quick ? " (quick)" : ""}`,
        machine: `${cpus().length} cores, ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${kernels().name} kernels (${String(k.blas ?? "")})`,
        tables: [...tables, ...data.tables],
        curves: [
            { title: "Stage 2: mean judge reward of sampled actions", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.reward]) })) },
            { title: "Stage 2: KL to the initial policy", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.kl]) })) },
            { title: "Stage 2: loss", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.loss]) })) },
            ...data.curves,
        ],
        survivors: survivors.qa,
    });
    const seconds = (performance.now() - t0) / 1000;
    log(`[5/5] report: ${reportPath}\n      demo finished in ${seconds.toFixed(0)} s`);
    return { tables, reportPath, seconds };
}
function readMetrics(path) {
    if (!existsSync(path))
        return [];
    return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
//# sourceMappingURL=demo.js.map