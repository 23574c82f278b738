/** Prints an exact rational as a plain number: integers as is, else a decimal rounded to 10 places. */
import { Rational } from "./rational.js";
const PLACES = 10;
export function formatRational(r) {
    if (r.isInteger())
        return r.num.toString();
    const negative = r.num < 0n;
    const abs = negative ? -r.num : r.num;
    const scale = 10n ** BigInt(PLACES);
    // round half away from zero
    const scaled = (abs * scale * 2n + r.den) / (2n * r.den);
    if (scaled === 0n)
        return r.toNumber().toPrecision(6);
    const digits = scaled.toString().padStart(PLACES + 1, "0");
    const int = digits.slice(0, -PLACES);
    const frac = digits.slice(-PLACES).replace(/0+$/, "");
    return `${negative ? "-" : ""}${int}${frac ? "." + frac : ""}`;
}
export { Rational };
//# sourceMappingURL=format.js.map