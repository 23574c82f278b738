/**
 * AdamW (Loshchilov & Hutter) with parameter groups: each group has its own weight decay (norms
 * and embeddings usually get none) and learning-rate multiplier. State (moments, step) can be
 * exported and restored for resumable training.
 */
import { kernels } from "../backend.js";
import type { Tensor } from "../tensor.js";

export interface ParamGroup {
  readonly params: readonly Tensor[];
  readonly weightDecay: number;
  /** Multiplies the scheduled learning rate for this group (default 1). */
  readonly lrScale?: number;
}

export interface AdamWOptions {
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}

export class AdamW {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** Number of updates taken so far (t in the bias corrections). */
  step = 0;
  readonly m: Float32Array[];
  readonly v: Float32Array[];
  private readonly flat: { p: Tensor; wd: number; scale: number }[];

  constructor(readonly groups: readonly ParamGroup[], opts: AdamWOptions = {}) {
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.95;
    this.eps = opts.eps ?? 1e-8;
    this.flat = groups.flatMap((g) => g.params.map((p) => ({ p, wd: g.weightDecay, scale: g.lrScale ?? 1 })));
    this.m = this.flat.map(({ p }) => new Float32Array(p.size));
    this.v = this.flat.map(({ p }) => new Float32Array(p.size));
  }

  /** One update with learning rate lr; parameters without a gradient are left alone. */
  update(lr: number): void {
    this.step += 1;
    const bc1 = 1 - Math.pow(this.beta1, this.step);
    const bc2 = 1 - Math.pow(this.beta2, this.step);
    const k = kernels();
    this.flat.forEach(({ p, wd, scale }, i) => {
      if (p.grad === null) return;
      k.adamw(p.data, p.grad, this.m[i], this.v[i], p.size, lr * scale, this.beta1, this.beta2, this.eps, wd, bc1, bc2);
    });
  }

  /** The parameters in the order of the moment arrays. */
  params(): Tensor[] {
    return this.flat.map(({ p }) => p);
  }

  zeroGrad(): void {
    for (const { p } of this.flat) p.zeroGrad();
  }

  /** Moments as named arrays (for checkpoints), in parameter order. */
  exportState(): { step: number; m: Float32Array[]; v: Float32Array[] } {
    return { step: this.step, m: this.m, v: this.v };
  }

  importState(s: { step: number; m: readonly Float32Array[]; v: readonly Float32Array[] }): void {
    if (s.m.length !== this.m.length || s.v.length !== this.v.length) throw new Error("AdamW: saved state has another number of parameters");
    s.m.forEach((a, i) => this.m[i].set(a));
    s.v.forEach((a, i) => this.v[i].set(a));
    this.step = s.step;
  }
}
