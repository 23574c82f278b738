/**
 * Token-level objectives. All take logits (R, V) and reduce to a scalar with per-row weights,
 * which is how the trainers express both a loss mask (weight 0 on prompt and tool tokens) and
 * a per-token coefficient (e.g. a REINFORCE advantage).
 */
import { kernels } from "../backend.js";
import { gradOf, result } from "../tensor.js";
import { floats } from "../arena.js";
function rowsOf(logits) {
    const V = logits.shape[logits.shape.length - 1];
    return [logits.size / V, V];
}
/** Default weights: 1 / (number of rows with target >= 0), i.e. the mean over trained rows. */
function meanWeights(targets, R) {
    let n = 0;
    for (let r = 0; r < R; r++)
        if (targets[r] >= 0)
            n++;
    const w = floats(R);
    for (let r = 0; r < R; r++)
        w[r] = targets[r] >= 0 && n > 0 ? 1 / n : 0;
    return w;
}
/** Σ_r w_r · (−log softmax(logits_r)[target_r]); rows with target < 0 contribute nothing. */
export function crossEntropy(logits, targets, weights) {
    const [R, V] = rowsOf(logits);
    if (targets.length !== R)
        throw new Error(`crossEntropy: ${R} rows but ${targets.length} targets`);
    const w = weights ?? meanWeights(targets, R);
    if (w.length !== R)
        throw new Error(`crossEntropy: ${R} rows but ${w.length} weights`);
    const losses = floats(R);
    kernels().crossEntropyForward(losses, logits.data, targets, R, V);
    let total = 0;
    for (let r = 0; r < R; r++)
        total += w[r] * losses[r];
    return result(Float32Array.of(total), [], [logits], (out) => {
        const g = out.grad[0];
        const dl = floats(R);
        for (let r = 0; r < R; r++)
            dl[r] = g * w[r];
        kernels().crossEntropyBackward(gradOf(logits), logits.data, targets, dl, R, V);
    });
}
/** Per-row log-probability of each target (no gradient): what a sampler reports. */
export function targetLogprobs(logits, targets, R, V) {
    const losses = floats(R);
    kernels().crossEntropyForward(losses, logits, targets, R, V);
    for (let r = 0; r < R; r++)
        losses[r] = -losses[r];
    return losses;
}
export function logSoftmax(x) {
    const [R, V] = rowsOf(x);
    const y = floats(x.size);
    kernels().logSoftmaxForward(y, x.data, R, V);
    return result(y, x.shape, [x], (out) => kernels().logSoftmaxBackward(gradOf(x), y, out.grad, R, V));
}
/**
 * Σ_r w_r · KL(p_r ‖ q_r) with p = softmax(logits) (the policy, trained) and q = softmax(refLogits)
 * (a frozen reference, no gradient): the exact per-token KL over the whole vocabulary.
 * d/dz_j = p_j · ((log p_j − log q_j) − KL_r).
 */
export function klDivergence(logits, refLogits, weights) {
    const [R, V] = rowsOf(logits);
    if (refLogits.length !== logits.size)
        throw new Error("klDivergence: reference logits have another size");
    const K = kernels();
    const logp = floats(logits.size);
    const logq = floats(logits.size);
    K.logSoftmaxForward(logp, logits.data, R, V);
    K.logSoftmaxForward(logq, refLogits, R, V);
    const kl = new Float64Array(R);
    let total = 0;
    for (let r = 0; r < R; r++) {
        if (weights[r] === 0)
            continue;
        let s = 0;
        for (let j = r * V; j < (r + 1) * V; j++)
            s += Math.exp(logp[j]) * (logp[j] - logq[j]);
        kl[r] = s;
        total += weights[r] * s;
    }
    return result(Float32Array.of(total), [], [logits], (out) => {
        const g = out.grad[0];
        const d = gradOf(logits);
        for (let r = 0; r < R; r++) {
            const c = g * weights[r];
            if (c === 0)
                continue;
            for (let j = r * V; j < (r + 1) * V; j++)
                d[j] += c * Math.exp(logp[j]) * (logp[j] - logq[j] - kl[r]);
        }
    });
}
//# sourceMappingURL=loss.js.map