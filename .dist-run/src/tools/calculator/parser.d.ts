/**
 * A small exact-arithmetic expression evaluator: + - * / ^ (also ** × ÷), parentheses, unary
 * minus, decimals, postfix percent (x% = x/100), thousands separators ("1,234.5"). Recursive
 * descent over tokens; never eval. Size and depth limits keep hostile input cheap.
 *
 *   expr    := term (("+" | "-") term)*
 *   term    := unary (("*" | "/") unary)*
 *   unary   := ("-" | "+") unary | power
 *   power   := postfix ("^" unary)?          right-associative; -2^2 = -(2^2)
 *   postfix := primary "%"*
 *   primary := number | "(" expr ")"
 */
import { Rational } from "./rational.js";
export declare const MAX_INPUT_CHARS = 300;
type Token = {
    kind: "num";
    value: Rational;
} | {
    kind: "op";
    value: string;
};
export declare function tokenize(input: string): Token[];
export declare function evaluate(input: string): Rational;
/** A finite float as an exact rational of its 15 significant digits. */
export declare function fromFloat(v: number): Rational;
export {};
