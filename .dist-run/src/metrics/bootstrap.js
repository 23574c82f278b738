/**
 * Paired bootstrap for the difference of two systems scored on the same examples (e.g. base vs
 * SWiRL): resample examples with replacement, keeping each example's pair together.
 */
import { Rng } from "../util/random.js";
export function pairedBootstrap(base, treatment, opts = {}) {
    const n = base.length;
    if (n !== treatment.length)
        throw new RangeError(`pairedBootstrap: ${n} base scores but ${treatment.length} treatment scores`);
    const resamples = opts.resamples ?? 10_000;
    const alpha = 1 - (opts.confidence ?? 0.95);
    if (n === 0)
        return { difference: 0, low: 0, high: 0, pValue: 1, resamples: 0 };
    const diff = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++)
        total += diff[i] = treatment[i] - base[i];
    const rng = new Rng(opts.seed ?? 0);
    const stats = new Float64Array(resamples);
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (let r = 0; r < resamples; r++) {
        let s = 0;
        for (let i = 0; i < n; i++)
            s += diff[rng.int(n)];
        const m = s / n;
        stats[r] = m;
        if (m <= 0)
            atOrBelow++;
        if (m >= 0)
            atOrAbove++;
    }
    stats.sort();
    const lowIdx = Math.max(0, Math.floor((alpha / 2) * resamples));
    const highIdx = Math.min(resamples - 1, Math.ceil((1 - alpha / 2) * resamples) - 1);
    return {
        difference: total / n,
        low: stats[lowIdx],
        high: stats[highIdx],
        pValue: Math.min(1, (2 * Math.min(atOrBelow, atOrAbove)) / resamples),
        resamples,
    };
}
//# sourceMappingURL=bootstrap.js.map