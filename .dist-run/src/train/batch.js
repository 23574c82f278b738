/**
 * Position t predicts token t+1, so target[t] = ids[t+1] and the weight at t is the mask of
 * token t+1 times the sequence's coefficient.
 */
export function makeBatch(seqs, coefficients, padId, maxT) {
    const B = seqs.length;
    const T = Math.min(maxT, Math.max(...seqs.map((s) => s.ids.length - 1)));
    const ids = new Int32Array(B * T).fill(padId);
    const targets = new Int32Array(B * T).fill(-1);
    const weights = new Float32Array(B * T);
    seqs.forEach((s, b) => {
        if (s.ids.length - 1 > maxT)
            throw new Error(`sequence of ${s.ids.length} tokens exceeds the context of ${maxT + 1}`);
        for (let t = 0; t < s.ids.length - 1; t++) {
            ids[b * T + t] = s.ids[t];
            if (s.lossMask[t + 1] === 1) {
                targets[b * T + t] = s.ids[t + 1];
                weights[b * T + t] = coefficients[b];
            }
        }
    });
    return { B, T, ids, targets, weights };
}
/** Number of trained positions (for normalising a loss to a per-token mean). */
export function trainedTokens(batch) {
    let n = 0;
    for (let i = 0; i < batch.targets.length; i++)
        if (batch.targets[i] >= 0)
            n++;
    return n;
}
//# sourceMappingURL=batch.js.map