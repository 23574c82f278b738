/**
 * Step 5 of the demo: the paper's tables in miniature, every Δ pooled over the training seeds,
 * printed, written into the HTML report, and written as `results.json` (the figures, with the
 * commit of the code that made them) and `results.md` (the tables) in the run folder.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { kernels } from "../engine/backend.js";
import { FILTERS, type FilterName, type FilterCounts } from "../filter/filters.js";
import type { EvalRecord } from "../eval/evaluate.js";
import type { BootstrapResult, Interval } from "../metrics/index.js";
import { loadReportData, writeReport, type ReportTable } from "../report/index.js";
import type { Agreement } from "../synthetic/oracle.js";
import type { BasePolicyConfig } from "../pretrain/base-policy.js";
import { packageRoot } from "../util/package-root.js";
import type { DemoConfig } from "./config.js";
import type { Family } from "./families.js";
import type { EvalResult, TrainResult } from "./jobs.js";
import { asRecord, pooledDelta, seedAccuracy, type PooledDelta } from "./pooled.js";
import { delta, interval, markdownTable, pct, textTable } from "./tables.js";

/** The runs of one training seed. */
export interface SeedRuns {
  readonly seed: number;
  readonly swirlQa: TrainResult;
  readonly swirlMath: TrainResult;
  readonly sft: TrainResult;
  readonly ablation: TrainResult[];
}

export interface ReportInputs {
  readonly outDir: string;
  readonly quick: boolean;
  readonly cfg: DemoConfig;
  readonly baseCfg: BasePolicyConfig;
  readonly seed: number;
  readonly log: (line: string) => void;
  readonly t0: number;
  readonly families: Family[];
  readonly survivors: Record<string, Record<FilterName, FilterCounts>>;
  readonly agreements: Record<string, Agreement>;
  readonly notes: string[];
  readonly trained: SeedRuns[];
  readonly evals: Map<string, EvalResult>;
  readonly rewards: { base: Interval; swirl: Interval; delta: BootstrapResult; states: number };
}

export interface DemoResult {
  readonly tables: ReportTable[];
  readonly reportPath: string;
  readonly seconds: number;
  readonly results: DemoResults;
}

/** What results.json holds. */
export interface DemoResults {
  readonly code_commit: string | null;
  /** True when src/ or native/ had uncommitted changes: then code_commit did not make these figures. */
  readonly code_dirty: boolean;
  readonly seconds: number;
  readonly machine: string;
  readonly quick: boolean;
  readonly seed: number;
  readonly pretrain_seed: number;
  readonly train_seeds: number[];
  readonly base: { readonly qa: number; readonly math: number };
  readonly qa_delta_pooled: PooledDelta;
  readonly math_delta_pooled: PooledDelta;
  readonly sft_delta_pooled: PooledDelta;
  readonly transfer_qa_to_math: PooledDelta;
  readonly transfer_math_to_qa: PooledDelta;
  readonly filters: Record<string, PooledDelta & { readonly trajectories: number; readonly states: number; readonly updates: number }>;
  readonly seeds: { readonly seed: number; readonly qa_delta: number; readonly math_delta: number; readonly sft_delta: number; readonly transfer_qa_to_math: number; readonly transfer_math_to_qa: number }[];
  readonly survivors: Record<string, Record<FilterName, FilterCounts>>;
}

const signed = (x: number): string => `${x >= 0 ? "+" : ""}${pct(x)}`;
const pooled = (d: BootstrapResult): string => delta(d);
const accRange = (a: { mean: number; min: number; max: number }, seeds: number): string => (seeds > 1 ? `${pct(a.mean)} (seeds ${pct(a.min)}–${pct(a.max)})` : pct(a.mean));

/** The commit of the checkout the demo runs from, and whether src/ or native/ differ from it. */
function codeCommit(): { commit: string | null; dirty: boolean } {
  const root = packageRoot();
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" });
  if (head.status !== 0) return { commit: null, dirty: false };
  const status = spawnSync("git", ["status", "--porcelain", "--", "src", "native", "binding.gyp"], { cwd: root, encoding: "utf8" });
  return { commit: head.stdout.trim(), dirty: status.status !== 0 || status.stdout.trim() !== "" };
}

export async function writeDemoReport(r: ReportInputs): Promise<DemoResult> {
  const { cfg, seed, log, families, survivors, agreements, notes, trained, evals, rewards } = r;
  const [qa, math] = families;
  const S = trained.length;
  const records = (name: string, task: string): EvalRecord[] => {
    const e = evals.get(`${name}/${task}`);
    if (!e) throw new Error(`demo: no evaluation of ${name} on ${task}`);
    return e.records;
  };
  const base = (task: string): EvalRecord[][] => [records("base", task)];
  const of = (pick: (t: SeedRuns) => TrainResult, task: string): EvalRecord[][] => trained.map((t) => records(pick(t).name, task));
  const vsBase = (pick: (t: SeedRuns) => TrainResult, task: string) => pooledDelta(base(task), of(pick, task), seed);
  const swirlQa = (t: SeedRuns) => t.swirlQa;
  const swirlMath = (t: SeedRuns) => t.swirlMath;
  const sft = (t: SeedRuns) => t.sft;

  const d = {
    qa: vsBase(swirlQa, qa.name), qaToMath: vsBase(swirlQa, math.name),
    math: vsBase(swirlMath, math.name), mathToQa: vsBase(swirlMath, qa.name),
    sft: vsBase(sft, qa.name),
  };
  const filters = FILTERS.map((f, i) => ({ f, d: vsBase((t) => t.ablation[i]!, qa.name), acc: seedAccuracy(of((t) => t.ablation[i]!, qa.name)) }));
  const best = filters.reduce((a, b) => (b.d.difference > a.d.difference ? b : a));
  // a filter that kept the same states as an earlier one shares its runs (demo.ts): not a rival
  const twinOf = (i: number): number => trained[0]!.ablation.indexOf(trained[0]!.ablation[i]!);
  const twins = FILTERS.flatMap((f, i) => (twinOf(i) < i ? [`${f} kept the same states as ${FILTERS[twinOf(i)]} and shares its runs`] : []));
  const bestAt = FILTERS.indexOf(best.f);
  const bestVs = filters.flatMap((x, i) => (twinOf(i) === twinOf(bestAt) ? [] : [{ f: x.f, d: pooledDelta(of((t) => t.ablation[i]!, qa.name), of((t) => t.ablation[bestAt]!, qa.name), seed) }]));
  const separated = bestVs.filter((x) => x.d.low > 0).map((x) => x.f);
  const swirlVsSft = pooledDelta(of(sft, qa.name), of(swirlQa, qa.name), seed);
  const label = (name: string, task: string): number => evals.get(`${name}/${task}`)!.summary.meanProcessLabel!.estimate;
  const meanLabel = (pick: (t: SeedRuns) => TrainResult, task: string): number => trained.reduce((a, t) => a + label(pick(t).name, task), 0) / S;
  const first = trained[0]!;
  const seedsNote = `Pooled over ${S} training seed${S > 1 ? "s" : ""} (${trained.map((t) => t.seed).join(", ")}) on one base policy: mean Δ with a 95% bootstrap interval over questions and seeds.`;

  const tables: ReportTable[] = [
    {
      title: "Table 2 (miniature): greedy accuracy on held-out questions; Δ vs base pooled over training seeds",
      columns: ["policy", "QA accuracy", "QA Δ", "Math accuracy", "Math Δ"],
      rows: [
        ["base", interval(evals.get(`base/${qa.name}`)!.summary.accuracy), "", interval(evals.get(`base/${math.name}`)!.summary.accuracy), ""],
        ["SWiRL on QA", accRange(seedAccuracy(of(swirlQa, qa.name)), S), pooled(d.qa), accRange(seedAccuracy(of(swirlQa, math.name)), S), pooled(d.qaToMath)],
        ["SWiRL on math", accRange(seedAccuracy(of(swirlMath, qa.name)), S), pooled(d.mathToQa), accRange(seedAccuracy(of(swirlMath, math.name)), S), pooled(d.math)],
      ],
      note: `${seedsNote} In-domain: SWiRL on QA → QA, SWiRL on math → Math; transfer: the other column. Base: 95% Wilson interval.`,
    },
    {
      title: "Each training seed's Δ vs base",
      columns: ["training seed", "SWiRL on QA: QA", "SWiRL on QA: Math", "SWiRL on math: Math", "SWiRL on math: QA", "SFT: QA"],
      rows: trained.map((t, i) => [t.seed, signed(d.qa.perSeed[i]!), signed(d.qaToMath.perSeed[i]!), signed(d.math.perSeed[i]!), signed(d.mathToQa.perSeed[i]!), signed(d.sft.perSeed[i]!)]),
    },
    {
      title: "Figure 4 (miniature): SWiRL on QA trained on each filter's states, the same updates each (QA accuracy)",
      columns: ["filter", "trajectories kept", "states", "updates", "QA accuracy", "Δ vs base"],
      rows: filters.map((x) => [x.f, survivors.qa![x.f].trajectories, survivors.qa![x.f].states, cfg.ablationSteps, accRange(x.acc, S), pooled(x.d)]),
      note: `${seedsNote} Best mean: ${best.f}; ${separated.length === bestVs.length ? "its lead over every other filter excludes 0" : separated.length > 0 ? `its lead excludes 0 against ${separated.join(", ")} only` : "its lead over the others includes 0 in every case: the filters cannot be told apart at this size"} (${bestVs.map((x) => `vs ${x.f} ${pooled(x.d)}`).join("; ")}).${twins.length ? ` ${twins.join("; ")}.` : ""}`,
    },
    {
      title: "Figure 5 (miniature): SWiRL vs SFT on the same process-filtered QA data",
      columns: ["method", "QA accuracy", "Δ vs base"],
      rows: [["SWiRL", accRange(seedAccuracy(of(swirlQa, qa.name)), S), pooled(d.qa)], ["SFT", accRange(seedAccuracy(of(sft, qa.name)), S), pooled(d.sft)], ["SWiRL − SFT", "", pooled(swirlVsSft)]],
      note: seedsNote,
    },
    {
      title: "Table 3 (miniature): mean process label (share of GOOD steps) of evaluation trajectories",
      columns: ["policy", "QA", "Math"],
      rows: [
        ["base", ...families.map((f) => interval(evals.get(`base/${f.name}`)!.summary.meanProcessLabel!))],
        ["SWiRL on QA", ...families.map((f) => pct(meanLabel(swirlQa, f.name)))],
        ["SWiRL on math", ...families.map((f) => pct(meanLabel(swirlMath, f.name)))],
      ],
      note: "Trained policies: the mean over training seeds.",
    },
    {
      title: "Math on unseen story frames: held-out problems worded with verbs and items training never showed (first training seed)",
      columns: ["policy", "Math accuracy", "Δ vs base"],
      rows: [["base", "base"], ["SWiRL on QA", first.swirlQa.name], ["SWiRL on math", first.swirlMath.name]].map(([label, name]) => [
        label!, interval(evals.get(`${name}/${math.name}-unseen`)!.summary.accuracy),
        name === "base" ? "" : pooled(pooledDelta(base(`${math.name}-unseen`), [records(name!, `${math.name}-unseen`)], seed)),
      ]),
    },
    {
      title: "Stage 1: survivors per filter (trajectories / states) and the rule judge against oracle labels",
      columns: ["family", ...FILTERS, "steps judged", "judge FPR", "judge FNR", "agreement"],
      rows: families.map((f) => [f.title, ...FILTERS.map((n) => `${survivors[f.name]![n].trajectories} / ${survivors[f.name]![n].states}`), agreements[f.name]!.steps, pct(agreements[f.name]!.fpr), pct(agreements[f.name]!.fnr), pct(agreements[f.name]!.agreement)]),
      note: "Oracle labels use the answer key and the reference solution; the rule judge never sees either. FPR: judged GOOD among wrong steps; FNR: judged BAD among right steps.",
    },
    {
      title: "Stage-2 objective on held-out states: mean judge reward of fresh sampled actions (T = 1, first training seed)",
      columns: ["policy", "mean reward", "Δ vs base", "states × samples"],
      rows: [["base", interval(rewards.base), "", `${rewards.states} × 2`], ["SWiRL on QA", interval(rewards.swirl), delta(rewards.delta), `${rewards.states} × 2`]],
      note: "Held-out states: the base policy's evaluation trajectories on test questions, cut into sub-trajectories. Δ: paired bootstrap over states.",
    },
  ];
  if (notes.length > 0) tables.push({ title: "Notes", columns: ["note"], rows: notes.map((n) => [n]) });
  for (const t of tables) log(textTable(t));

  const data = loadReportData(join(r.outDir, qa.name), { title: "swirl demo" });
  const k = kernels().info();
  const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${kernels().name} backend, GEMM ${String(k.gemm ?? "")}`;
  const curve = (title: string, key: "reward/mean" | "kl/mean") => ({
    title, xLabel: "update",
    series: [first.swirlQa, first.swirlMath].map((t) => ({ name: t.name, points: t.metrics.map((m) => [m.step, m[key]] as const) })),
  });
  const reportPath = await writeReport(r.outDir, {
    ...data,
    title: `swirl demo${r.quick ? " (quick)" : ""}`,
    machine,
    tables: [...tables, ...data.tables],
    curves: [curve("Stage 2: mean judge reward of sampled actions (first training seed)", "reward/mean"), curve("Stage 2: KL to the initial policy (first training seed)", "kl/mean"), ...data.curves],
    survivors: survivors.qa,
  });
  const seconds = (performance.now() - r.t0) / 1000;
  const code = codeCommit();
  const results: DemoResults = {
    code_commit: code.commit, code_dirty: code.dirty, seconds: Math.round(seconds), machine, quick: r.quick, seed,
    pretrain_seed: r.baseCfg.modelSeed ?? r.baseCfg.seed, train_seeds: trained.map((t) => t.seed),
    base: { qa: evals.get(`base/${qa.name}`)!.summary.accuracy.estimate, math: evals.get(`base/${math.name}`)!.summary.accuracy.estimate },
    qa_delta_pooled: asRecord(d.qa), math_delta_pooled: asRecord(d.math), sft_delta_pooled: asRecord(d.sft),
    transfer_qa_to_math: asRecord(d.qaToMath), transfer_math_to_qa: asRecord(d.mathToQa),
    filters: Object.fromEntries(filters.map((x) => [x.f, { ...asRecord(x.d), trajectories: survivors.qa![x.f].trajectories, states: survivors.qa![x.f].states, updates: cfg.ablationSteps }])),
    seeds: trained.map((t, i) => ({ seed: t.seed, qa_delta: d.qa.perSeed[i]!, math_delta: d.math.perSeed[i]!, sft_delta: d.sft.perSeed[i]!, transfer_qa_to_math: d.qaToMath.perSeed[i]!, transfer_math_to_qa: d.mathToQa.perSeed[i]! })),
    survivors,
  };
  writeFileSync(join(r.outDir, "results.json"), JSON.stringify(results, null, 2) + "\n");
  const header = `# swirl demo results\n\nMade by \`swirl demo\` from commit \`${code.commit ?? "unknown"}\`${code.dirty ? " (with uncommitted changes under src/ or native/)" : ""} in ${Math.round(seconds)} s on ${machine}. Base policy: pretraining seed ${results.pretrain_seed}; training seeds ${results.train_seeds.join(", ")}.\n`;
  writeFileSync(join(r.outDir, "results.md"), [header, ...tables.map(markdownTable)].join("\n"));
  log(`[5/5] report: ${reportPath}; results: ${join(r.outDir, "results.json")}\n      demo finished in ${seconds.toFixed(0)} s`);
  return { tables, reportPath, seconds, results };
}
