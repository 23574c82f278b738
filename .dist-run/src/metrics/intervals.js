/** Confidence intervals for accuracies: Wilson score interval (good at small n and near 0 or 1). */
/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;
export function wilsonInterval(successes, n, z = Z95) {
    if (n <= 0)
        return { estimate: 0, low: 0, high: 1, n: 0 };
    if (successes < 0 || successes > n)
        throw new RangeError(`wilsonInterval: ${successes} successes out of ${n}`);
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return { estimate: p, low: Math.max(0, center - half), high: Math.min(1, center + half), n };
}
/** Wilson interval of the mean of 0/1 scores. */
export function accuracyInterval(scores, z = Z95) {
    let s = 0;
    for (const x of scores)
        s += x;
    return wilsonInterval(s, scores.length, z);
}
//# sourceMappingURL=intervals.js.map