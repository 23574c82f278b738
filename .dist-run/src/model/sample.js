export function logSumExp(row) {
    let max = -Infinity;
    for (let i = 0; i < row.length; i++)
        if (row[i] > max)
            max = row[i];
    let s = 0;
    for (let i = 0; i < row.length; i++)
        s += Math.exp(row[i] - max);
    return max + Math.log(s);
}
export function argmax(row) {
    let best = 0;
    for (let i = 1; i < row.length; i++)
        if (row[i] > row[best])
            best = i;
    return best;
}
/** Returns the chosen token and its log-probability under softmax(row). */
export function sampleToken(row, opts, rng) {
    const lse = logSumExp(row);
    if (opts.temperature <= 0) {
        const id = argmax(row);
        return { id, logprob: row[id] - lse };
    }
    const V = row.length;
    if (opts.topK <= 0 && opts.topP >= 1) {
        const id = sampleFull(row, opts.temperature, rng);
        return { id, logprob: row[id] - lse };
    }
    // candidates sorted by logit (descending), truncated by top-k
    let order = Array.from({ length: V }, (_, i) => i);
    order.sort((a, b) => row[b] - row[a]);
    if (opts.topK > 0 && opts.topK < V)
        order = order.slice(0, opts.topK);
    const t = opts.temperature;
    const max = row[order[0]] / t;
    const p = order.map((i) => Math.exp(row[i] / t - max));
    let total = p.reduce((a, b) => a + b, 0);
    if (opts.topP < 1) {
        let acc = 0;
        let keep = 0;
        while (keep < p.length && acc < opts.topP * total)
            acc += p[keep++];
        order = order.slice(0, Math.max(1, keep));
        p.length = order.length;
        total = p.reduce((a, b) => a + b, 0);
    }
    let u = rng.next() * total;
    let pick = order[order.length - 1];
    for (let i = 0; i < order.length; i++) {
        u -= p[i];
        if (u <= 0) {
            pick = order[i];
            break;
        }
    }
    return { id: pick, logprob: row[pick] - lse };
}
/** Sampling from the whole vocabulary at temperature t: one pass, no sort. */
function sampleFull(row, t, rng) {
    let max = -Infinity;
    for (let i = 0; i < row.length; i++)
        if (row[i] > max)
            max = row[i];
    let total = 0;
    for (let i = 0; i < row.length; i++)
        total += Math.exp((row[i] - max) / t);
    let u = rng.next() * total;
    for (let i = 0; i < row.length; i++) {
        u -= Math.exp((row[i] - max) / t);
        if (u <= 0)
            return i;
    }
    return row.length - 1;
}
//# sourceMappingURL=sample.js.map