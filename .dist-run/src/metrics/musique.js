/**
 * MuSiQue's answer metric (evaluate_v1.0.py, metrics/answer.py): SQuAD-style EM and F1, each the
 * best over the gold answer and its aliases. Unlike HotPotQA there is no yes/no rule, and when
 * either side has no tokens F1 is 1 if both have none, else 0.
 */
import { commonTokenCount, normalizeAnswer } from "./normalize.js";
function tokens(s) {
    return s ? normalizeAnswer(s).split(" ").filter(Boolean) : [];
}
export function squadExactMatch(prediction, gold) {
    return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}
export function squadF1(prediction, gold) {
    const pt = tokens(prediction);
    const gt = tokens(gold);
    if (pt.length === 0 || gt.length === 0)
        return pt.length === gt.length ? 1 : 0;
    const same = commonTokenCount(pt, gt);
    if (same === 0)
        return 0;
    const precision = same / pt.length;
    const recall = same / gt.length;
    return (2 * precision * recall) / (precision + recall);
}
/** Best EM and best F1 (taken separately) over `answers` (gold first, then aliases). */
export function musiqueScore(prediction, answers) {
    let em = 0;
    let f1 = 0;
    for (const gold of answers) {
        em = Math.max(em, squadExactMatch(prediction, gold));
        f1 = Math.max(f1, squadF1(prediction, gold));
    }
    return { em, f1 };
}
//# sourceMappingURL=musique.js.map