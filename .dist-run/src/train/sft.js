/**
 * Supervised next-token training on action tokens only (the loss mask of the chat format):
 * used to pretrain the embedded base policy on teacher demonstrations, and as the paper's SFT
 * baseline on filtered trajectories (§4, Fig. 5). Loss = mean cross-entropy over trained tokens.
 * Data order is a seeded permutation per epoch, so a run is reproducible and resumable by step.
 */
import { AdamW, Arena, clipGradNorm, crossEntropy, learningRate } from "../engine/index.js";
import { Rng } from "../util/random.js";
import { makeBatch, trainedTokens } from "./batch.js";
/**
 * The sequences of update `step`: a seeded shuffle per epoch, so any step can be recomputed
 * (resume). With `lengths`, each window of 8 batches is sorted by length before it is cut, so a
 * batch holds similar lengths and little compute goes to padding; batch order is shuffled again.
 */
export function batchAt(n, batchSize, step, seed, lengths) {
    const perEpoch = Math.max(1, Math.floor(n / batchSize));
    const epoch = Math.floor(step / perEpoch);
    const rng = new Rng(`sft:${seed}:${epoch}`);
    let order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    if (lengths) {
        const window = batchSize * 8;
        const batches = [];
        for (let w = 0; w < perEpoch * batchSize; w += window) {
            const chunk = order.slice(w, Math.min(w + window, perEpoch * batchSize)).sort((a, b) => lengths[a] - lengths[b]);
            for (let k = 0; k + batchSize <= chunk.length; k += batchSize)
                batches.push(chunk.slice(k, k + batchSize));
        }
        order = rng.shuffle(batches).flat();
    }
    const k = step % perEpoch;
    return order.slice(k * batchSize, k * batchSize + batchSize);
}
export function sftTrain(model, data, o) {
    if (data.length === 0)
        throw new Error("sft: no training sequences");
    const stages = (isStaged(data) ? data : [{ from: 0, data: data }]).map(({ from, data: seqs }) => {
        const fits = seqs.filter((s) => s.ids.length - 1 <= model.config.contextLength);
        if (fits.length === 0)
            throw new Error(`sft: no sequence of the stage from step ${from} fits the context of ${model.config.contextLength}`);
        return { from, fits, lengths: fits.map((s) => s.ids.length) };
    });
    if (stages[0]?.from !== 0)
        throw new Error("sft: the first data stage must start at step 0");
    const opt = o.optimizer ?? new AdamW(model.parameterGroups(o.weightDecay ?? 0.1));
    const schedule = { maxLr: o.lr, minLr: o.minLr ?? o.lr / 10, warmupSteps: o.warmupSteps ?? Math.ceil(o.steps / 20), totalSteps: o.steps };
    const maxT = model.config.contextLength;
    const arena = new Arena(); // activations of one step, reused by the next
    for (let step = o.startStep ?? 0; step < o.steps; step++) {
        const t0 = performance.now();
        const { fits, lengths } = stages.filter((st) => st.from <= step).at(-1);
        const seqs = batchAt(fits.length, Math.min(o.batchSize, fits.length), step, o.seed ?? 0, lengths).map((i) => fits[i]);
        const batch = makeBatch(seqs, seqs.map(() => 1), o.padId, maxT);
        const n = trainedTokens(batch);
        const w = batch.weights.map((v) => v / Math.max(1, n));
        const lr = learningRate(schedule, step);
        const { loss, gradNorm } = arena.run(() => {
            opt.zeroGrad();
            const loss = crossEntropy(model.forward(batch.ids, batch.B, batch.T), batch.targets, w);
            loss.backward();
            const gradNorm = clipGradNorm(model.parameters(), o.clip ?? 1);
            opt.update(lr);
            return { loss: loss.item(), gradNorm };
        });
        o.onStep?.({ step, loss, lr, tokens: batch.B * batch.T, gradNorm, ms: performance.now() - t0 });
    }
    return opt;
}
function isStaged(d) {
    return d.length > 0 && "from" in d[0];
}
//# sourceMappingURL=sft.js.map