/**
 * Tolerant numeric comparison for free-form model answers ("$18", "18.00", "18 dollars",
 * "1,234", "3/4", "-2.5"): the last number in the text is the answer.
 */
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:\s*\/\s*\d+(?:\.\d+)?)?/g;
/** The value of the last number written in `text`, or undefined. */
export function parseNumericAnswer(text) {
    // thousands separators: a comma between a digit and exactly three digits
    const cleaned = text.replace(/(\d),(?=\d{3}(?!\d))/g, "$1").replace(/[−–]/g, "-");
    const matches = cleaned.match(NUMBER);
    if (!matches)
        return undefined;
    const last = matches[matches.length - 1].replace(/\s+/g, "");
    const [num, den] = last.split("/");
    const value = Number(num) / (den === undefined ? 1 : Number(den));
    return Number.isFinite(value) ? value : undefined;
}
/** 1 when both texts hold numbers equal within a relative tolerance of 1e-6, else 0. */
export function numericMatch(prediction, gold, tolerance = 1e-6) {
    const p = parseNumericAnswer(prediction);
    const g = parseNumericAnswer(gold);
    if (p === undefined || g === undefined)
        return 0;
    return Math.abs(p - g) <= tolerance * Math.max(1, Math.abs(g)) ? 1 : 0;
}
//# sourceMappingURL=numeric.js.map