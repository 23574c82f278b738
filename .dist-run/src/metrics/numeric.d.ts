/**
 * Tolerant numeric comparison for free-form model answers ("$18", "18.00", "18 dollars",
 * "1,234", "3/4", "-2.5"): the last number in the text is the answer.
 */
/** The value of the last number written in `text`, or undefined. */
export declare function parseNumericAnswer(text: string): number | undefined;
/** 1 when both texts hold numbers equal within a relative tolerance of 1e-6, else 0. */
export declare function numericMatch(prediction: string, gold: string, tolerance?: number): number;
