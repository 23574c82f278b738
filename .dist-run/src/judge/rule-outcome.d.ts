import type { Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge } from "./judge.js";
export declare class RuleOutcomeJudge implements OutcomeJudge {
    readonly name = "rule-outcome";
    judgeOutcome(x: OutcomeToJudge): Promise<Verdict>;
}
export declare function ruleOutcomeJudge(): RuleOutcomeJudge;
/** The verdict, synchronously (for bulk scoring). */
export declare function ruleOutcome(x: OutcomeToJudge, judge?: string): Verdict;
