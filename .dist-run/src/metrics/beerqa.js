/**
 * BeerQA's answer rule (eval_beerqa.py): score against every gold answer with HotPotQA's F1
 * (including its yes/no rule); the gold answer with the strictly highest F1 (first on ties) also
 * supplies EM. So EM counts only when it comes with a positive F1.
 */
import { hotpotExactMatch, hotpotF1 } from "./hotpotqa.js";
export function beerqaScore(prediction, answers) {
    let best = { em: 0, f1: 0, precision: 0, recall: 0 };
    for (const gold of answers) {
        const s = hotpotF1(prediction, gold);
        if (best.f1 < s.f1)
            best = { em: hotpotExactMatch(prediction, gold), ...s };
    }
    return best;
}
//# sourceMappingURL=beerqa.js.map