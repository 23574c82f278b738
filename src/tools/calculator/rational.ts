/** Exact rational numbers on bigint, always in lowest terms with a positive denominator. */

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = 1n) {
    if (den === 0n) throw new CalcError("division by zero");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    this.num = g > 1n ? num / g : num;
    this.den = g > 1n ? den / g : den;
  }

  static readonly ZERO = new Rational(0n);
  static readonly ONE = new Rational(1n);

  /** Parses digits with an optional fraction part ("12", "0.125", ".5"). */
  static fromDecimal(text: string): Rational {
    const [int = "", frac = ""] = text.split(".");
    return new Rational(BigInt((int || "0") + frac), 10n ** BigInt(frac.length));
  }

  add(o: Rational): Rational {
    return new Rational(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return new Rational(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return new Rational(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    if (o.num === 0n) throw new CalcError("division by zero");
    return new Rational(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  /** Bits needed for numerator and denominator together: a size guard against blow-ups. */
  bits(): number {
    return bitLength(this.num) + bitLength(this.den);
  }
  /** The nearest double (to within an ulp), also when numerator or denominator exceed a double's range. */
  toNumber(): number {
    const n = Number(this.num), d = Number(this.den);
    const q = n / d;
    if (Number.isFinite(n) && Number.isFinite(d) && (Math.abs(q) >= MIN_NORMAL || this.num === 0n)) return q;
    // scale with bigint so the quotient keeps 64 bits, then apply the power of two
    const a = this.num < 0n ? -this.num : this.num;
    const s = bitLength(a) - bitLength(this.den) - 64;
    const m = Number(s >= 0 ? a / (this.den << BigInt(s)) : (a << BigInt(-s)) / this.den);
    const v = timesPowerOfTwo(m, s);
    return this.num < 0n ? -v : v;
  }
  /** log10 of a positive value, whatever its size. */
  log10(): number {
    if (this.num <= 0n) throw new CalcError("logarithm of a value that is not positive");
    return log10Big(this.num) - log10Big(this.den);
  }
}

export class CalcError extends Error {}

const MIN_NORMAL = 2 ** -1022;

/** x · 2^k in steps that neither overflow nor underflow early. */
function timesPowerOfTwo(x: number, k: number): number {
  while (k > 1000) { x *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { x *= 2 ** -1000; k += 1000; }
  return x * 2 ** k;
}

/** log10 of a positive bigint of any size: its top 53 bits and the count of the rest. */
function log10Big(n: bigint): number {
  const extra = Math.max(0, bitLength(n) - 53);
  return Math.log10(Number(n >> BigInt(extra))) + extra * Math.LOG10E * Math.LN2;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}
