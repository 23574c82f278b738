/**
 * SWiRL's stage-2 objective (Goldie et al. 2025, §2):
 *
 *     maximise  E_{s ~ T, a ~ πθ(·|s)} [ R(a | s) ]
 *
 * T is the set of states (sub-trajectory contexts) of the filtered stage-1 trajectories. For a
 * state s the current policy samples a fresh single action a (stopped at its closing tag, never
 * executed); R(a|s) is the step judge's verdict on that action in that context (GOOD = 1,
 * BAD = 0). No gold answer is involved. The paper publishes no optimiser details; ours is a
 * REINFORCE policy gradient with a group baseline and a KL penalty to the initial policy:
 *
 *     A_i   = R_i − mean_j R_j                      (G actions of the same state; options below)
 *     L_pg  = − mean_i [ A_i · mean_t log πθ(a_i,t | s, a_i,<t) ]
 *     L_kl  =   β · mean_i mean_t KL( πθ(·|…) ‖ π_ref(·|…) )   over the action's positions
 *     L     =   L_pg + L_kl
 *
 * Only action tokens carry loss (prompt and tool-result tokens are masked out by the chat
 * format's loss mask); the KL is exact over the vocabulary, so it is 0 at step 0.
 */
import { crossEntropy, klDivergence, noGrad, add } from "../engine/index.js";
import { renderPrompt, encodeAction } from "../model/chat.js";
import { makeBatch } from "./batch.js";
export const DEFAULT_OBJECTIVE = { samplesPerState: 4, klWeight: 0.05, baseline: "group-mean", normalizeStd: false };
/** Advantages of one group's rewards. */
export function advantages(rewards, o) {
    const G = rewards.length;
    const mean = rewards.reduce((a, b) => a + b, 0) / G;
    let adv = rewards.map((r) => {
        if (o.baseline === "none")
            return r;
        if (o.baseline === "leave-one-out")
            return G > 1 ? r - (mean * G - r) / (G - 1) : 0;
        return r - mean;
    });
    if (o.normalizeStd) {
        const std = Math.sqrt(rewards.reduce((a, r) => a + (r - mean) ** 2, 0) / G);
        adv = adv.map((a) => (std > 1e-6 ? a / std : 0));
    }
    return adv;
}
/** The state's prompt followed by the action, with the loss mask on the action's tokens only. */
export function actionSequence(tok, messages, text, complete) {
    const prompt = renderPrompt(tok, messages);
    // a complete action ends its turn (<|end|>), as the model was taught; a truncated one does not
    const action = complete ? encodeAction(tok, text) : Int32Array.from(tok.encode(text));
    const ids = new Int32Array(prompt.length + action.length);
    ids.set(prompt);
    ids.set(action, prompt.length);
    const lossMask = new Uint8Array(ids.length);
    lossMask.fill(1, prompt.length);
    return { ids, lossMask };
}
export function swirlLoss(model, reference, tok, groups, o) {
    const seqs = [];
    const adv = [];
    let rewardSum = 0;
    for (const g of groups) {
        const a = advantages(g.actions.map((x) => x.reward), o);
        g.actions.forEach((x, i) => {
            seqs.push(actionSequence(tok, g.messages, x.text, x.complete));
            adv.push(a[i]);
            rewardSum += x.reward;
        });
    }
    // a re-encoded action can be a token longer than what was sampled: clip to the context
    const maxLen = model.config.contextLength + 1;
    for (let i = 0; i < seqs.length; i++) {
        if (seqs[i].ids.length > maxLen)
            seqs[i] = { ids: seqs[i].ids.slice(0, maxLen), lossMask: seqs[i].lossMask.slice(0, maxLen) };
    }
    const N = seqs.length;
    const lengths = seqs.map((s) => s.lossMask.reduce((n, m) => n + m, 0));
    // per-token weights: A_i / (n_i · N) turns Σ w·(−log p) into −mean_i A_i · mean_t log p
    const pgBatch = makeBatch(seqs, adv.map((a, i) => a / (Math.max(1, lengths[i]) * N)), tok.pad, model.config.contextLength);
    const klBatch = makeBatch(seqs, lengths.map((n) => o.klWeight / (Math.max(1, n) * N)), tok.pad, model.config.contextLength);
    const { B, T, ids, targets } = pgBatch;
    const logits = model.forward(ids, B, T);
    const refLogits = noGrad(() => reference.forward(ids, B, T)).data;
    const pg = crossEntropy(logits, targets, pgBatch.weights);
    const kl = klDivergence(logits, refLogits, klBatch.weights);
    const loss = add(pg, kl);
    return { loss, logits, pg: pg.item(), kl: o.klWeight > 0 ? kl.item() / o.klWeight : 0, meanReward: rewardSum / N, tokens: B * T };
}
//# sourceMappingURL=objective.js.map