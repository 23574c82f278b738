/**
 * Answer EM and F1 by the rules of HotPotQA's official scorer (hotpot_evaluate_v1.py): one gold
 * answer; if either side normalises to yes / no / noanswer and they differ, F1 is 0.
 */
import { commonTokenCount, normalizeAnswer } from "./normalize.js";
const SPECIAL = new Set(["yes", "no", "noanswer"]);
const ZERO = { f1: 0, precision: 0, recall: 0 };
export function hotpotExactMatch(prediction, gold) {
    return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}
export function hotpotF1(prediction, gold) {
    const p = normalizeAnswer(prediction);
    const g = normalizeAnswer(gold);
    if ((SPECIAL.has(p) || SPECIAL.has(g)) && p !== g)
        return ZERO;
    const pt = p.split(" ").filter(Boolean);
    const gt = g.split(" ").filter(Boolean);
    const same = commonTokenCount(pt, gt);
    if (same === 0)
        return ZERO;
    const precision = same / pt.length;
    const recall = same / gt.length;
    return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}
/** EM and F1 of one prediction against one gold answer. */
export function hotpotScore(prediction, gold) {
    return { em: hotpotExactMatch(prediction, gold), ...hotpotF1(prediction, gold) };
}
//# sourceMappingURL=hotpotqa.js.map