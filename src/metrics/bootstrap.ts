/**
 * Paired bootstrap for the difference of two systems scored on the same examples (e.g. base vs
 * SWiRL): resample examples with replacement, keeping each example's pair together.
 */
import { Rng } from "../util/random.js";

export interface BootstrapResult {
  /** mean(treatment) − mean(base) on the full set. */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  /** Two-sided: twice the smaller share of resampled differences on either side of 0 (capped at 1). */
  readonly pValue: number;
  readonly resamples: number;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: string | number;
  confidence?: number;
}

export function pairedBootstrap(base: readonly number[], treatment: readonly number[], opts: BootstrapOptions = {}): BootstrapResult {
  const n = base.length;
  if (n !== treatment.length) throw new RangeError(`pairedBootstrap: ${n} base scores but ${treatment.length} treatment scores`);
  const resamples = opts.resamples ?? 10_000;
  const alpha = 1 - (opts.confidence ?? 0.95);
  if (n === 0) return { difference: 0, low: 0, high: 0, pValue: 1, resamples: 0 };
  const diff = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += diff[i] = (treatment[i] as number) - (base[i] as number);
  const rng = new Rng(opts.seed ?? 0);
  const stats = new Float64Array(resamples);
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += diff[rng.int(n)] as number;
    const m = s / n;
    stats[r] = m;
    if (m <= 0) atOrBelow++;
    if (m >= 0) atOrAbove++;
  }
  return summarise(total / n, stats, alpha, atOrBelow, atOrAbove);
}

/** The percentile interval and two-sided p-value of a bootstrap's resampled statistics. */
function summarise(difference: number, stats: Float64Array, alpha: number, atOrBelow: number, atOrAbove: number): BootstrapResult {
  const resamples = stats.length;
  stats.sort();
  return {
    difference,
    low: stats[Math.max(0, Math.floor((alpha / 2) * resamples))] as number,
    high: stats[Math.min(resamples - 1, Math.ceil((1 - alpha / 2) * resamples) - 1)] as number,
    pValue: Math.min(1, (2 * Math.min(atOrBelow, atOrAbove)) / resamples),
    resamples,
  };
}

/**
 * The pooled difference of two systems, each run with several training seeds, scored on the same
 * examples: `control[s][i]`, `treatment[s][i]` are seed s on example i (one base policy is a
 * control with one seed). Each resample draws examples with replacement, and seeds with
 * replacement within each system; the examples drawn apply to every drawn seed, since each seed's
 * policy answered the same questions. So the interval holds both the questions' and the seeds'
 * noise. `perSeed`: each treatment seed's difference from the control's mean.
 */
export function pooledBootstrap(control: readonly (readonly number[])[], treatment: readonly (readonly number[])[], opts: BootstrapOptions = {}): BootstrapResult & { readonly perSeed: number[] } {
  if (control.length === 0 || treatment.length === 0) throw new RangeError("pooledBootstrap: a system with no seeds");
  const n = control[0]!.length;
  for (const t of [...control, ...treatment]) if (t.length !== n) throw new RangeError(`pooledBootstrap: ${n} scores in one seed but ${t.length} in another`);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const controlMean = mean(control.map(mean));
  const perSeed = treatment.map((t) => mean(t) - controlMean);
  const difference = mean(perSeed);
  const resamples = opts.resamples ?? 10_000;
  if (n === 0) return { difference: 0, low: 0, high: 0, pValue: 1, resamples: 0, perSeed };
  const rng = new Rng(opts.seed ?? 0);
  const stats = new Float64Array(resamples);
  const drawSeeds = (S: number): number[] => Array.from({ length: S }, () => rng.int(S));
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let r = 0; r < resamples; r++) {
    const cs = drawSeeds(control.length).map((k) => control[k]!);
    const ts = drawSeeds(treatment.length).map((k) => treatment[k]!);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const q = rng.int(n);
      let c = 0;
      for (const x of cs) c += x[q]!;
      let t = 0;
      for (const x of ts) t += x[q]!;
      s += t / ts.length - c / cs.length;
    }
    const m = s / n;
    stats[r] = m;
    if (m <= 0) atOrBelow++;
    if (m >= 0) atOrAbove++;
  }
  return { ...summarise(difference, stats, 1 - (opts.confidence ?? 0.95), atOrBelow, atOrAbove), perSeed };
}
