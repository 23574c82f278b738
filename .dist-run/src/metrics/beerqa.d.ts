/**
 * BeerQA's answer rule (eval_beerqa.py): score against every gold answer with HotPotQA's F1
 * (including its yes/no rule); the gold answer with the strictly highest F1 (first on ties) also
 * supplies EM. So EM counts only when it comes with a positive F1.
 */
import { type F1Score } from "./hotpotqa.js";
export declare function beerqaScore(prediction: string, answers: readonly string[]): {
    em: number;
} & F1Score;
