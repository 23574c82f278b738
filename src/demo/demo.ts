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
 * Stages 2-4 are jobs on two worker threads, each queued once its inputs exist (an evaluation
 * as soon as its policy is trained), so they overlap. Every stage resumes: re-running the demo
 * after an interruption redoes nothing finished.
 */
import { mkdirSync } from "node:fs";
import { cpus } from "node:os";
import { basename, join } from "node:path";
import type { State } from "../types.js";
import { blasThreads, kernels } from "../engine/backend.js";
import { BasePolicyConfigSchema, pretrainBasePolicy, type BasePolicyConfig } from "../pretrain/base-policy.js";
import { FILTERS, type FilterName, type FilterCounts } from "../filter/filters.js";
import { decompose } from "../rollout/decompose.js";
import { compareRuns } from "../eval/evaluate.js";
import { accuracyInterval, pairedBootstrap, type BootstrapResult, type Interval } from "../metrics/index.js";
import { loadReportData, writeReport, type ReportTable } from "../report/index.js";
import { ThreadPool } from "../util/thread-pool.js";
import type { Agreement } from "../synthetic/oracle.js";
import { FULL_DEMO, QUICK_DEMO, type DemoConfig } from "./config.js";
import type { Family } from "./families.js";
import { familiesOf, type DemoContext, type DemoJob, type EvalResult, type JobResult, type RewardResult, type Stage1Result, type TrainResult } from "./jobs.js";
import { delta, interval, pct, textTable } from "./tables.js";

export interface DemoOptions {
  readonly outDir: string;
  readonly cacheDir: string;
  readonly quick?: boolean;
  readonly seed?: number;
  /** Base-policy settings over the demo's own (e.g. a longer pretraining recipe). */
  readonly base?: Partial<BasePolicyConfig>;
  /** Runs of SWiRL on QA with training seeds seed, seed+1, … (default 1: the main run only). */
  readonly trainSeeds?: number;
  readonly log?: (line: string) => void;
}

export interface DemoResult {
  readonly tables: ReportTable[];
  readonly reportPath: string;
  readonly seconds: number;
}

/** Demo jobs running at once after pretraining: one per core of the two-core machine it targets. */
const DEMO_THREADS = 2;

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const cfg: DemoConfig = o.quick ? QUICK_DEMO : FULL_DEMO;
  const seed = o.seed ?? 1;
  const log = o.log ?? ((l: string) => console.log(l));
  const t0 = performance.now();
  const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(0)}s`;
  mkdirSync(o.outDir, { recursive: true });

  // ---------------------------------------------------------------- 1. base policy
  const baseCfg = BasePolicyConfigSchema.parse({ ...cfg.base, ...o.base, seed });
  log(`[1/5] base policy (${baseCfg.preset}, cached in ${o.cacheDir})`);
  let lastLog = 0;
  const base = await pretrainBasePolicy(o.cacheDir, baseCfg, (p) => {
    if (p.message) log(`      ${p.message}`);
    if (p.metrics && (p.metrics.step % 50 === 0 || performance.now() - lastLog > 30_000)) {
      lastLog = performance.now();
      log(`      pretrain step ${p.metrics.step}/${baseCfg.steps} loss ${p.metrics.loss.toFixed(3)} (${elapsed()})`);
    }
  });
  log(`      ${base.cached ? "loaded" : "trained"} ${basename(base.dir)} (${elapsed()})`);
  // stages 1-4 run as jobs in two worker threads (jobs.ts): most of each job is single-threaded
  const ctx: DemoContext = { outDir: o.outDir, seed, cfg, baseCfg, baseDir: base.dir };
  const families = familiesOf(ctx);
  const [qa, math] = families;
  mkdirSync(join(o.outDir, "eval"), { recursive: true });
  const threads = blasThreads();
  kernels().setThreads(1); // per process: one BLAS thread for each of the two jobs running at once
  const pool = new ThreadPool<DemoJob, JobResult>(new URL("./job-worker.js", import.meta.url), ctx, DEMO_THREADS);
  try {
    // Jobs start as soon as what they read exists (the pool runs them in the order queued), so
    // neither thread waits at the end of a stage while the other finishes its last job.
    const evals = new Map<string, EvalResult>();
    const evalJob = async (name: string, modelDir: string, fam: Family, set: "test" | "unseen" = "test"): Promise<EvalResult> => {
      const r = (await pool.run({ kind: "eval", name, modelDir, family: fam.name, set })) as EvalResult;
      evals.set(`${name}/${set === "test" ? fam.name : `${fam.name}-unseen`}`, r);
      return r;
    };
    /** A trained (or the base) policy on both families and the unseen math frames (Table 2, Table 3). */
    const evaluateEverywhere = (name: string, dir: string): Promise<unknown> =>
      Promise.all([...families.map((fam) => evalJob(name, dir, fam)), evalJob(name, dir, math, "unseen")]);
    const rewardJob = async (modelDir: string, states: State[]): Promise<number[][]> => ((await pool.run({ kind: "reward", modelDir, states })) as RewardResult).rewards;

    // ---------------------------------------------------------------- 2. stage 1
    log(`[2/5] stage 1 on both families: ${cfg.stage1Questions} questions × ${cfg.samples} samples each`);
    const survivors: Record<string, Record<FilterName, FilterCounts>> = {};
    const agreements: Record<string, Agreement> = {};
    const stage1 = Promise.all(families.map(async (fam) => {
      const r = (await pool.run({ kind: "stage1", family: fam.name })) as Stage1Result;
      survivors[fam.name] = r.survivors;
      agreements[fam.name] = r.agreement;
      log(`      ${fam.title}: ${r.total} trajectories (${r.errors} errors), ${r.verdicts} verdicts; survivors ${FILTERS.map((n) => `${n} ${r.survivors[n].trajectories}`).join(", ")} (${elapsed()})`);
    }));
    // the base policy's evaluations need no stage 1: queued behind it, they fill its last minutes
    const baseEvaluated = evaluateEverywhere("base", base.dir);
    // held-out states for the sampled-reward check: the base policy's QA evaluation trajectories, cut up
    const heldOutStates = baseEvaluated.then(() => evals.get(`base/${qa.name}`)!.records.flatMap((r) => decompose(r.trajectory)).slice(0, cfg.heldOutStates));
    const baseRewardsRun = heldOutStates.then((states) => rewardJob(base.dir, states));
    // awaited later; a failure meanwhile must not surface as an unhandled rejection
    for (const p of [baseEvaluated, heldOutStates, baseRewardsRun]) p.catch(() => undefined);
    await stage1;

    // ---------------------------------------------------------------- 3. stage 2 (and 4. evaluation as each model is ready)
    log(`[3/5] stage 2 (SWiRL: ${cfg.statesPerStep} states × ${cfg.samplesPerState} samples per update); each trained policy is evaluated as soon as it is done`);
    const notes: string[] = [];
    const train = async (job: DemoJob): Promise<TrainResult> => {
      const t = (await pool.run(job)) as TrainResult;
      if (t.note && !notes.includes(t.note)) {
        notes.push(t.note);
        log(`      warning: ${t.note}`);
      }
      const last = t.metrics.slice(-5);
      log(`      ${t.name}: ${t.updates} updates${last.length ? `, last reward ${pct(last.reduce((a, m) => a + m.reward, 0) / last.length)}` : ""} (${elapsed()})`);
      return t;
    };
    // longest first, so the two threads finish together
    const swirlQaRun = train({ kind: "swirl", family: "qa", filter: "process", steps: cfg.rlSteps, suffix: "" });
    const swirlMathRun = train({ kind: "swirl", family: "math", filter: "process", steps: cfg.rlSteps, suffix: "" });
    const sftRun = train({ kind: "sft", family: "qa", filter: "process" });
    // Figure 4: the four filters under one protocol (the same number of updates each), apart from the main run
    const ablationRuns = FILTERS.map((f) => train({ kind: "swirl", family: "qa", filter: f, steps: cfg.ablationSteps, suffix: "-ablation" }));
    // the main QA run again with other training seeds: the spread of its gain
    const seedRuns = Array.from({ length: (o.trainSeeds ?? 1) - 1 }, (_, i) => train({ kind: "swirl", family: "qa", filter: "process", steps: cfg.rlSteps, suffix: `-seed${seed + i + 1}`, trainSeed: seed + i + 1 }));
    // queued the moment their model is saved (the chains exist before anything is awaited)
    const onQa = (run: Promise<TrainResult>) => run.then((t) => evalJob(t.name, t.dir, qa));
    const evaluated = Promise.all([
      baseEvaluated,
      swirlQaRun.then((t) => evaluateEverywhere("swirl-qa", t.dir)),
      swirlMathRun.then((t) => evaluateEverywhere("swirl-math", t.dir)),
      sftRun.then((t) => evalJob("sft-qa", t.dir, qa)),
      ...ablationRuns.map(onQa),
      ...seedRuns.map(onQa),
    ]);
    const swirlRewardsRun = Promise.all([swirlQaRun, heldOutStates]).then(([t, states]) => rewardJob(t.dir, states));
    for (const p of [evaluated, swirlRewardsRun]) p.catch(() => undefined);
    const [swirlQa, swirlMath, , ...rest] = await Promise.all([swirlQaRun, swirlMathRun, sftRun, ...ablationRuns, ...seedRuns]);
    await evaluated;
    const ablation = rest.slice(0, FILTERS.length);
    const seeds = [swirlQa, ...rest.slice(FILTERS.length)];
    log(`[4/5] evaluation: ${evals.size} runs on ${cfg.testQuestions} held-out questions per family (greedy) done (${elapsed()})`);

    // sampled actions on held-out states: mean judge reward, base vs SWiRL (issue: stage 2 raises it)
    const [heldOut, baseRewards, swirlRewards] = await Promise.all([heldOutStates, baseRewardsRun, swirlRewardsRun]);
    // per state, the mean reward of its samples: the pairs for the bootstrap of the difference
    const perState = (rs: number[][]): number[] => rs.map((r) => r.reduce((a, b) => a + b, 0) / r.length);
    const baseReward = accuracyInterval(baseRewards.flat());
    const swirlReward = accuracyInterval(swirlRewards.flat());
    const rewardDelta = pairedBootstrap(perState(baseRewards), perState(swirlRewards), { seed });
    return await report({ o, cfg, seed, log, t0, families, survivors, agreements, notes, swirlQa, swirlMath, ablation, seeds, evals, heldOut, baseReward, swirlReward, rewardDelta });
  } finally {
    await pool.close();
    kernels().setThreads(threads);
  }
}

interface ReportInputs {
  readonly o: DemoOptions;
  readonly cfg: DemoConfig;
  readonly seed: number;
  readonly log: (line: string) => void;
  readonly t0: number;
  readonly families: Family[];
  readonly survivors: Record<string, Record<FilterName, FilterCounts>>;
  readonly agreements: Record<string, Agreement>;
  readonly notes: string[];
  readonly swirlQa: TrainResult;
  readonly swirlMath: TrainResult;
  readonly ablation: TrainResult[];
  /** SWiRL on QA (process filter) per training seed, the main run first. */
  readonly seeds: TrainResult[];
  readonly evals: Map<string, EvalResult>;
  readonly heldOut: readonly State[];
  readonly baseReward: Interval;
  readonly swirlReward: Interval;
  readonly rewardDelta: BootstrapResult;
}

/** Step 5: the paper's tables in miniature, printed and written into the HTML report. */
async function report(r: ReportInputs): Promise<DemoResult> {
  const { o, cfg, seed, log, t0, families, survivors, agreements, notes, swirlQa, swirlMath, ablation, seeds, evals, heldOut, baseReward, swirlReward, rewardDelta } = r;
  const [qa, math] = families;
  // ---------------------------------------------------------------- 5. tables and report
  const acc = (p: string, f: Family): string => interval(evals.get(`${p}/${f.name}`)!.summary.accuracy);
  const vsBase = (p: string, f: Family): string => delta(compareRuns(evals.get(`base/${f.name}`)!.records, evals.get(`${p}/${f.name}`)!.records, seed));
  const tables: ReportTable[] = [
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
        p, interval(evals.get(`${p}/math-unseen`)!.summary.accuracy),
        p === "base" ? "" : delta(compareRuns(evals.get("base/math-unseen")!.records, evals.get(`${p}/math-unseen`)!.records, seed)),
        interval(evals.get(`${p}/math-unseen`)!.summary.meanProcessLabel!),
      ]),
    },
    {
      title: "Figure 4 (miniature): SWiRL on QA trained on each filter's states (QA accuracy)",
      columns: ["filter", "trajectories kept", "states", "updates", "QA accuracy", "Δ vs base"],
      rows: ablation.map((t) => [t.filter, survivors.qa[t.filter].trajectories, survivors.qa[t.filter].states, cfg.ablationSteps, acc(t.name, qa), vsBase(t.name, qa)]),
      note: `Every filter gets the same ${cfg.ablationSteps} updates here; the main SWiRL-on-QA run (process filter, ${cfg.rlSteps} updates) is Table 2's.`,
    },
    ...(seeds.length > 1 ? [seedTable(seeds, evals, seed, qa)] : []),
    {
      title: "Figure 5 (miniature): SWiRL vs SFT on the same process-filtered QA data",
      columns: ["method", "QA accuracy", "Δ vs base"],
      rows: [["SWiRL", acc("swirl-qa", qa), vsBase("swirl-qa", qa)], ["SFT", acc("sft-qa", qa), vsBase("sft-qa", qa)]],
    },
    {
      title: "Table 3 (miniature): mean process label (share of GOOD steps) of evaluation trajectories",
      columns: ["policy", "QA", "Math"],
      rows: ["base", "swirl-qa", "swirl-math"].map((p) => [p, ...families.map((f) => interval(evals.get(`${p}/${f.name}`)!.summary.meanProcessLabel!))]),
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
  if (notes.length > 0) tables.push({ title: "Notes", columns: ["note"], rows: notes.map((n) => [n]) });
  for (const t of tables) log(textTable(t));

  const data = loadReportData(join(o.outDir, qa.name), { title: "swirl demo" });
  const k = kernels().info();
  const reportPath = await writeReport(o.outDir, {
    ...data,
    title: `swirl demo${o.quick ? " (quick)" : ""}`,
    machine: `${cpus().length} cores, ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${kernels().name} kernels (${String(k.blas ?? "")})`,
    tables: [...tables, ...data.tables],
    curves: [
      { title: "Stage 2: mean judge reward of sampled actions", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.reward] as const) })) },
      { title: "Stage 2: KL to the initial policy", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.kl] as const) })) },
      { title: "Stage 2: loss", xLabel: "update", series: [swirlQa, swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m.loss] as const) })) },
      ...data.curves,
    ],
    survivors: survivors.qa,
  });
  const seconds = (performance.now() - t0) / 1000;
  log(`[5/5] report: ${reportPath}\n      demo finished in ${seconds.toFixed(0)} s`);
  return { tables, reportPath, seconds };
}

/** SWiRL on QA per training seed (same base, same states): how much of Table 2's Δ is the seed. */
function seedTable(seeds: readonly TrainResult[], evals: ReadonlyMap<string, EvalResult>, seed: number, qa: Family): ReportTable {
  const key = (t: TrainResult, i: number): string => (i === 0 ? "swirl-qa" : t.name);
  const deltas = seeds.map((t, i) => compareRuns(evals.get(`base/${qa.name}`)!.records, evals.get(`${key(t, i)}/${qa.name}`)!.records, seed));
  const mean = deltas.reduce((a, d) => a + d.difference, 0) / deltas.length;
  const sorted = deltas.map((d) => d.difference).sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return {
    title: "SWiRL on QA across training seeds (same base, same process-filtered states; QA accuracy)",
    columns: ["training seed", "QA accuracy", "Δ vs base"],
    rows: seeds.map((t, i) => [String(seed + i), interval(evals.get(`${key(t, i)}/${qa.name}`)!.summary.accuracy), delta(deltas[i]!)]),
    note: `Mean Δ ${mean >= 0 ? "+" : ""}${mean.toFixed(3)}, median ${median >= 0 ? "+" : ""}${median.toFixed(3)} over ${seeds.length} seeds; Table 2 shows the first.`,
  };
}
