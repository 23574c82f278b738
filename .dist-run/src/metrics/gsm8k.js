/**
 * GSM8K's official answer check (grade_school_math/dataset.py): the first "#### number" in the
 * text, commas removed, compared as strings. So "18" and "18.0" differ there; use
 * `numericMatch` for model answers written freely.
 */
const ANSWER = /#### (-?[0-9.,]+)/;
/** The final number after "####", commas removed; undefined when there is none. */
export function extractGsm8kAnswer(text) {
    const m = ANSWER.exec(text);
    return m ? m[1].trim().replace(/,/g, "") : undefined;
}
/** Official rule: both texts contain "#### n" and the extracted strings are equal. */
export function gsm8kExactMatch(completion, goldSolution) {
    const gold = extractGsm8kAnswer(goldSolution);
    const pred = extractGsm8kAnswer(completion);
    return gold !== undefined && pred === gold ? 1 : 0;
}
//# sourceMappingURL=gsm8k.js.map