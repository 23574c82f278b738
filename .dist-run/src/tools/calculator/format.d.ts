/** Prints an exact rational as a plain number: integers as is, else a decimal rounded to 10 places. */
import { Rational } from "./rational.js";
export declare function formatRational(r: Rational): string;
export { Rational };
