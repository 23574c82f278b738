/**
 * The demo's figures pooled over training seeds. One stage-2 run is one draw of a chaotic
 * process (a change in float rounding redraws it), so every Δ is taken over all seeds of a run
 * against the base, with a bootstrap over questions and seeds (metrics/bootstrap.ts).
 */
import type { EvalRecord } from "../eval/evaluate.js";
import { pooledBootstrap, type BootstrapResult } from "../metrics/index.js";

/** A pooled Δ as results.json records it. */
export interface PooledDelta {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** Each seed's Δ against the control's mean. */
  readonly per_seed: number[];
}

/** Scores of each run (seed) on the control's questions, in the control's order. */
export function aligned(control: readonly EvalRecord[], runs: readonly (readonly EvalRecord[])[]): number[][] {
  return runs.map((rs) => {
    const byId = new Map(rs.map((r) => [r.id, r.correct]));
    return control.map((r) => {
      const c = byId.get(r.id);
      if (c === undefined) throw new Error(`demo: evaluation is missing question ${r.id}`);
      return c;
    });
  });
}

/** Treatment seeds against control seeds (one base policy is a control of one seed). */
export function pooledDelta(control: readonly (readonly EvalRecord[])[], treatment: readonly (readonly EvalRecord[])[], seed: number | string): BootstrapResult & { perSeed: number[] } {
  const ref = control[0]!;
  return pooledBootstrap(aligned(ref, control), aligned(ref, treatment), { seed });
}

export const asRecord = (d: BootstrapResult & { perSeed: number[] }): PooledDelta => ({ mean: d.difference, lo: d.low, hi: d.high, per_seed: d.perSeed });

/** Mean accuracy over seeds, with the lowest and highest seed. */
export function seedAccuracy(runs: readonly (readonly EvalRecord[])[]): { mean: number; min: number; max: number } {
  const accs = runs.map((rs) => rs.reduce((a, r) => a + r.correct, 0) / Math.max(1, rs.length));
  return { mean: accs.reduce((a, b) => a + b, 0) / accs.length, min: Math.min(...accs), max: Math.max(...accs) };
}
