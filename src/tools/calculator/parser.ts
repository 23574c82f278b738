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
import { CalcError, Rational } from "./rational.js";

export const MAX_INPUT_CHARS = 300;
const MAX_DEPTH = 64;
const MAX_BITS = 20_000;
const MAX_EXPONENT = 10_000;

type Token = { kind: "num"; value: Rational } | { kind: "op"; value: string };

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)/;

export function tokenize(input: string): Token[] {
  const src = input.replace(/[−–]/g, "-").replace(/×/g, "*").replace(/÷/g, "/").replace(/\*\*/g, "^");
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s|[$€£]/.test(c)) {
      i++;
      continue;
    }
    const m = NUMBER.exec(src.slice(i, i + 64));
    if (m) {
      const text = m[0];
      if (/^\d/.test(src.slice(i + text.length, i + text.length + 1))) throw new CalcError("malformed number");
      tokens.push({ kind: "num", value: Rational.fromDecimal(text.replace(/,/g, "")) });
      i += text.length;
      continue;
    }
    if ("+-*/^%()".includes(c)) {
      tokens.push({ kind: "op", value: c });
      i++;
      continue;
    }
    throw new CalcError(`unexpected character '${c}'`);
  }
  return tokens;
}

export function evaluate(input: string): Rational {
  // a trailing "=" is common in model output ("3 + 4 =")
  const trimmed = input.trim().replace(/=\s*$/, "");
  if (trimmed.length === 0) throw new CalcError("empty expression");
  if (trimmed.length > MAX_INPUT_CHARS) throw new CalcError(`expression longer than ${MAX_INPUT_CHARS} characters`);
  const tokens = tokenize(trimmed);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = tokens[pos];
    return t !== undefined && t.kind === "op" && t.value === v;
  };
  const checked = (r: Rational) => {
    if (r.bits() > MAX_BITS) throw new CalcError("number too large");
    return r;
  };

  function expr(): Rational {
    let left = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as Token).value;
      const right = term();
      left = checked(op === "+" ? left.add(right) : left.sub(right));
    }
    return left;
  }
  function term(): Rational {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[pos++] as Token).value;
      const right = unary();
      left = checked(op === "*" ? left.mul(right) : left.div(right));
    }
    return left;
  }
  function unary(): Rational {
    if (isOp("-") || isOp("+")) {
      const op = (tokens[pos++] as Token).value;
      if (++depth > MAX_DEPTH) throw new CalcError("expression nested too deeply");
      const v = unary();
      depth--;
      return op === "-" ? v.neg() : v;
    }
    return power();
  }
  function power(): Rational {
    const base = postfix();
    if (!isOp("^")) return base;
    pos++;
    if (++depth > MAX_DEPTH) throw new CalcError("expression nested too deeply");
    const exponent = unary();
    depth--;
    return checked(pow(base, exponent));
  }
  function postfix(): Rational {
    let v = primary();
    while (isOp("%")) {
      pos++;
      v = v.div(new Rational(100n));
    }
    return v;
  }
  function primary(): Rational {
    const t = peek();
    if (t === undefined) throw new CalcError("expression ends too early");
    if (t.kind === "num") {
      pos++;
      return t.value;
    }
    if (t.value === "(") {
      pos++;
      if (++depth > MAX_DEPTH) throw new CalcError("expression nested too deeply");
      const v = expr();
      depth--;
      if (!isOp(")")) throw new CalcError("missing ')'");
      pos++;
      return v;
    }
    throw new CalcError(`unexpected '${t.value}'`);
  }

  const result = expr();
  const rest = peek();
  if (rest !== undefined) throw new CalcError(`unexpected '${rest.kind === "num" ? "number" : rest.value}'`);
  return result;
}

function pow(base: Rational, exponent: Rational): Rational {
  if (exponent.isInteger()) {
    const e = exponent.num < 0n ? -exponent.num : exponent.num;
    if (e > BigInt(MAX_EXPONENT)) throw new CalcError("exponent too large");
    if (base.num === 0n && exponent.num < 0n) throw new CalcError("division by zero");
    // estimate the size before computing so 9^9999 costs nothing
    if (base.bits() * Number(e) > MAX_BITS * 2) throw new CalcError("number too large");
    const r = new Rational(base.num ** e, base.den ** e);
    return exponent.num < 0n ? Rational.ONE.div(r) : r;
  }
  // a fractional exponent has no exact rational result in general: fall back to floating point
  if (base.num < 0n) throw new CalcError("fractional power of a negative number");
  if (base.num === 0n) return exponent.num > 0n ? Rational.ZERO : divisionByZero();
  const v = Math.pow(base.toNumber(), exponent.toNumber());
  if (Number.isFinite(v) && v >= MIN_NORMAL) return fromFloat(v);
  // outside a double's range ((2^2000)^0.5, (1/2^2000)^0.5): through the decimal logarithm
  const log10 = exponent.toNumber() * base.log10();
  if (Math.abs(log10) * Math.LOG2E * Math.LN10 > MAX_BITS) throw new CalcError(log10 > 0 ? "number too large" : "number too small");
  return fromLog10(log10);
}

function divisionByZero(): never {
  throw new CalcError("division by zero");
}

const MIN_NORMAL = 2 ** -1022;

/** 10^x as an exact rational of 15 significant digits, for any x within the size guard. */
function fromLog10(x: number): Rational {
  const e = Math.floor(x);
  const mantissa = fromFloat(10 ** (x - e)); // in [1, 10)
  return e >= 0 ? mantissa.mul(new Rational(10n ** BigInt(e))) : mantissa.div(new Rational(10n ** BigInt(-e)));
}

/** A finite float as an exact rational of its 15 significant digits. */
export function fromFloat(v: number): Rational {
  const [mantissa = "0", expPart = "0"] = v.toPrecision(15).split("e");
  const r = Rational.fromDecimal(mantissa.replace("-", ""));
  const exp = Number(expPart);
  const scaled = exp >= 0 ? r.mul(new Rational(10n ** BigInt(exp))) : r.div(new Rational(10n ** BigInt(-exp)));
  return v < 0 ? scaled.neg() : scaled;
}
