/**
 * Prints an exact rational for the model to read:
 *   - |x| >= 10^21: scientific notation with 15 significant digits, trailing zeros dropped
 *     ("1.07150860718627e+301"), the point where JavaScript's Number#toString switches too;
 *   - integers below that as they are;
 *   - other values as a decimal rounded to 10 places, half away from zero;
 *   - values that round to 0 at 10 places: 6 significant digits ("-2.33333e-11", "1.00000e-400"),
 *     the sign kept.
 * Both scientific forms are computed from the exact rational, so no magnitude underflows to 0.
 */
import { Rational } from "./rational.js";

const PLACES = 10;
const SCIENTIFIC_FROM = 10n ** 21n;

export function formatRational(r: Rational): string {
  const sign = r.num < 0n ? "-" : "";
  const abs = r.num < 0n ? -r.num : r.num;
  if (abs >= SCIENTIFIC_FROM * r.den) return sign + scientific(abs, r.den, 15, true);
  if (r.isInteger()) return r.num.toString();
  const scale = 10n ** BigInt(PLACES);
  const scaled = roundDiv(abs * scale, r.den);
  if (scaled === 0n) return sign + scientific(abs, r.den, 6, false);
  const digits = scaled.toString().padStart(PLACES + 1, "0");
  const int = digits.slice(0, -PLACES);
  const frac = digits.slice(-PLACES).replace(/0+$/, "");
  return `${sign}${int}${frac ? "." + frac : ""}`;
}

/** a / b rounded half away from zero (a, b > 0). */
function roundDiv(a: bigint, b: bigint): bigint {
  return (a * 2n + b) / (2n * b);
}

/** a / b (a, b > 0) as d.ddd…e±E with `digits` significant digits, as Number#toPrecision writes it. */
function scientific(a: bigint, b: bigint, digits: number, trimZeros: boolean): string {
  // the decimal exponent E with 10^E <= a/b < 10^(E+1): from the lengths, then corrected
  let e = a.toString().length - b.toString().length;
  if (e >= 0 ? a < b * 10n ** BigInt(e) : a * 10n ** BigInt(-e) < b) e--;
  const shift = digits - 1 - e;
  let m = shift >= 0 ? roundDiv(a * 10n ** BigInt(shift), b) : roundDiv(a, b * 10n ** BigInt(-shift));
  if (m === 10n ** BigInt(digits)) { // 9.99…5 rounded up to 10.0…
    m /= 10n;
    e++;
  }
  const s = m.toString();
  let frac = s.slice(1);
  if (trimZeros) frac = frac.replace(/0+$/, "");
  return `${s[0]}${frac ? "." + frac : ""}e${e >= 0 ? "+" : "-"}${Math.abs(e)}`;
}

export { Rational };
