/**
 * `swirl demo`: the whole method on the embedded model, from nothing, on one machine.
 *   1. pretrain the base policy on teacher demonstrations (cached);
 *   2. stage 1 on each family: generate 5 trajectories per question, judge every step and
 *      answer, filter (all four filters);
 *   3. stage 2, once per training seed: SWiRL on the process-filtered states of each family; on
 *      QA also each filter's states for the same updates (Fig. 4) and the SFT baseline on the
 *      same data (Fig. 5);
 *   4. evaluate base and trained policies on both families (Table 2: in-domain and transfer;
 *      Table 3: mean process label), and the judge reward of fresh samples on held-out states;
 *   5. pool every Δ over the training seeds (report.ts): the HTML report, results.json, results.md.
 * Stages 2-4 are jobs on two worker threads, each queued once its inputs exist (an evaluation
 * as soon as its policy is trained), so they overlap. Every stage resumes: re-running the demo
 * after an interruption redoes nothing finished.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { State } from "../types.js";
import { blasThreads, kernels } from "../engine/backend.js";
import { BasePolicyConfigSchema, pretrainBasePolicy, type BasePolicyConfig } from "../pretrain/base-policy.js";
import { FILTERS, type FilterName, type FilterCounts } from "../filter/filters.js";
import { decompose } from "../rollout/decompose.js";
import { accuracyInterval, pairedBootstrap } from "../metrics/index.js";
import { ThreadPool } from "../util/thread-pool.js";
import type { Agreement } from "../synthetic/oracle.js";
import { FULL_DEMO, QUICK_DEMO, type DemoConfig } from "./config.js";
import type { Family } from "./families.js";
import { familiesOf, type DemoContext, type DemoJob, type EvalResult, type JobResult, type RewardResult, type Stage1Result, type TrainResult } from "./jobs.js";
import { writeDemoReport, type DemoResult } from "./report.js";
import { pct } from "./tables.js";

export type { DemoResult } from "./report.js";

export interface DemoOptions {
  readonly outDir: string;
  readonly cacheDir: string;
  readonly quick?: boolean;
  readonly seed?: number;
  /** Base-policy settings over the demo's own (e.g. a longer pretraining recipe). */
  readonly base?: Partial<BasePolicyConfig>;
  /** Training seeds seed, seed+1, … of every stage-2 and SFT run (default: the config's). */
  readonly trainSeeds?: number;
  readonly log?: (line: string) => void;
}


/** Each filter whose state file is byte-identical to an earlier filter's, mapped to that filter. */
function identicalFilters(familyDir: string): Map<FilterName, FilterName> {
  const text = FILTERS.map((f) => readFileSync(join(familyDir, `states.${f}.jsonl`), "utf8"));
  const twins = new Map<FilterName, FilterName>();
  FILTERS.forEach((f, i) => {
    const j = text.findIndex((t) => t === text[i]);
    if (j < i && text[i].length > 0) twins.set(f, FILTERS[j]!);
  });
  return twins;
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
      log(`      pretrain step ${p.metrics.step}/${baseCfg.steps} loss ${p.metrics["loss/total"].toFixed(3)} (${elapsed()})`);
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
    const trainSeeds = Array.from({ length: o.trainSeeds ?? cfg.trainSeeds }, (_, i) => seed + i);
    log(`[3/5] stage 2 (SWiRL: ${cfg.statesPerStep} states × ${cfg.samplesPerState} samples per update, states balanced: ${cfg.balance}), training seeds ${trainSeeds.join(", ")}; each trained policy is evaluated as soon as it is done`);
    const notes: string[] = [];
    const train = async (job: DemoJob): Promise<TrainResult> => {
      const t = (await pool.run(job)) as TrainResult;
      if (t.note && !notes.includes(t.note)) {
        notes.push(t.note);
        log(`      warning: ${t.note}`);
      }
      const last = t.metrics.slice(-5);
      log(`      ${t.name}: ${t.updates} updates${last.length ? `, last reward ${pct(last.reduce((a, m) => a + m["reward/mean"], 0) / last.length)}` : ""} (${elapsed()})`);
      return t;
    };
    const sfx = (s: number): string => `-s${s}`;
    // a filter that kept exactly the states of an earlier one (with the rule judge, process+outcome
    // usually equals process) is the same training run: it is run once and serves both rows
    const sameStatesAs = identicalFilters(join(o.outDir, qa.name));
    for (const [f, twin] of sameStatesAs) log(`      ${qa.name}: the ${f} filter kept the same states as ${twin}; one ablation run per seed serves both`);
    // longest first, so the two threads finish together; each seed's runs together, so a
    // partial demo already has whole seeds
    const runs = trainSeeds.map((s) => ({
      seed: s,
      swirlQa: train({ kind: "swirl", family: "qa", filter: "process", steps: cfg.rlSteps, suffix: sfx(s), trainSeed: s }),
      swirlMath: train({ kind: "swirl", family: "math", filter: "process", steps: cfg.rlSteps, suffix: sfx(s), trainSeed: s }),
      sft: train({ kind: "sft", family: "qa", filter: "process", suffix: sfx(s), trainSeed: s }),
      // Figure 4: the four filters under one protocol (the same number of updates each)
      ablation: FILTERS.reduce<Promise<TrainResult>[]>((done, f) => {
        const twin = sameStatesAs.get(f);
        done.push(twin !== undefined ? done[FILTERS.indexOf(twin)]! : train({ kind: "swirl", family: "qa", filter: f, steps: cfg.ablationSteps, suffix: `-ablation${sfx(s)}`, trainSeed: s }));
        return done;
      }, []),
    }));
    // queued the moment their model is saved (the chains exist before anything is awaited)
    const onQa = (run: Promise<TrainResult>) => run.then((t) => evalJob(t.name, t.dir, qa));
    const evaluated = Promise.all([
      baseEvaluated,
      ...runs.flatMap((r, i) => [
        // the unseen math frames for the first seed only: a secondary table
        r.swirlQa.then((t) => Promise.all([evalJob(t.name, t.dir, qa), evalJob(t.name, t.dir, math), ...(i === 0 ? [evalJob(t.name, t.dir, math, "unseen")] : [])])),
        r.swirlMath.then((t) => Promise.all([evalJob(t.name, t.dir, qa), evalJob(t.name, t.dir, math), ...(i === 0 ? [evalJob(t.name, t.dir, math, "unseen")] : [])])),
        onQa(r.sft),
        ...r.ablation.map(onQa),
      ]),
    ]);
    const swirlRewardsRun = Promise.all([runs[0]!.swirlQa, heldOutStates]).then(([t, states]) => rewardJob(t.dir, states));
    for (const p of [evaluated, swirlRewardsRun]) p.catch(() => undefined);
    const trained = await Promise.all(runs.map(async (r) => ({ seed: r.seed, swirlQa: await r.swirlQa, swirlMath: await r.swirlMath, sft: await r.sft, ablation: await Promise.all(r.ablation) })));
    await evaluated;
    log(`[4/5] evaluation: ${evals.size} runs on ${cfg.testQuestions} held-out questions per family (greedy) done (${elapsed()})`);

    // sampled actions on held-out states: mean judge reward, base vs SWiRL (first seed)
    const [heldOut, baseRewards, swirlRewards] = await Promise.all([heldOutStates, baseRewardsRun, swirlRewardsRun]);
    // per state, the mean reward of its samples: the pairs for the bootstrap of the difference
    const perState = (rs: number[][]): number[] => rs.map((r) => r.reduce((a, b) => a + b, 0) / r.length);
    const rewards = {
      base: accuracyInterval(baseRewards.flat()),
      swirl: accuracyInterval(swirlRewards.flat()),
      delta: pairedBootstrap(perState(baseRewards), perState(swirlRewards), { seed }),
      states: heldOut.length,
    };
    return await writeDemoReport({ outDir: o.outDir, quick: o.quick ?? false, cfg, baseCfg, seed, log, t0, families, survivors, agreements, notes, trained, evals, rewards });
  } finally {
    await pool.close();
    kernels().setThreads(threads);
  }
}
