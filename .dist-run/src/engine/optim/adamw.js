/**
 * AdamW (Loshchilov & Hutter) with parameter groups: each group has its own weight decay (norms
 * and embeddings usually get none) and learning-rate multiplier. State (moments, step) can be
 * exported and restored for resumable training.
 */
import { kernels } from "../backend.js";
export class AdamW {
    groups;
    beta1;
    beta2;
    eps;
    /** Number of updates taken so far (t in the bias corrections). */
    step = 0;
    m;
    v;
    flat;
    constructor(groups, opts = {}) {
        this.groups = groups;
        this.beta1 = opts.beta1 ?? 0.9;
        this.beta2 = opts.beta2 ?? 0.95;
        this.eps = opts.eps ?? 1e-8;
        this.flat = groups.flatMap((g) => g.params.map((p) => ({ p, wd: g.weightDecay, scale: g.lrScale ?? 1 })));
        this.m = this.flat.map(({ p }) => new Float32Array(p.size));
        this.v = this.flat.map(({ p }) => new Float32Array(p.size));
    }
    /** One update with learning rate lr; parameters without a gradient are left alone. */
    update(lr) {
        this.step += 1;
        const bc1 = 1 - Math.pow(this.beta1, this.step);
        const bc2 = 1 - Math.pow(this.beta2, this.step);
        const k = kernels();
        this.flat.forEach(({ p, wd, scale }, i) => {
            if (p.grad === null)
                return;
            k.adamw(p.data, p.grad, this.m[i], this.v[i], p.size, lr * scale, this.beta1, this.beta2, this.eps, wd, bc1, bc2);
        });
    }
    /** The parameters in the order of the moment arrays. */
    params() {
        return this.flat.map(({ p }) => p);
    }
    zeroGrad() {
        for (const { p } of this.flat)
            p.zeroGrad();
    }
    /** Moments as named arrays (for checkpoints), in parameter order. */
    exportState() {
        return { step: this.step, m: this.m, v: this.v };
    }
    importState(s) {
        if (s.m.length !== this.m.length || s.v.length !== this.v.length)
            throw new Error("AdamW: saved state has another number of parameters");
        s.m.forEach((a, i) => this.m[i].set(a));
        s.v.forEach((a, i) => this.v[i].set(a));
        this.step = s.step;
    }
}
//# sourceMappingURL=adamw.js.map