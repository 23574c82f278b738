/**
 * GSM8K's official answer check (grade_school_math/dataset.py): the first "#### number" in the
 * text, commas removed, compared as strings. So "18" and "18.0" differ there; use
 * `numericMatch` for model answers written freely.
 */
/** The final number after "####", commas removed; undefined when there is none. */
export declare function extractGsm8kAnswer(text: string): string | undefined;
/** Official rule: both texts contain "#### n" and the extracted strings are equal. */
export declare function gsm8kExactMatch(completion: string, goldSolution: string): number;
