/** Exact rational numbers on bigint, always in lowest terms with a positive denominator. */
export class Rational {
    num;
    den;
    constructor(num, den = 1n) {
        if (den === 0n)
            throw new CalcError("division by zero");
        if (den < 0n) {
            num = -num;
            den = -den;
        }
        const g = gcd(num < 0n ? -num : num, den);
        this.num = g > 1n ? num / g : num;
        this.den = g > 1n ? den / g : den;
    }
    static ZERO = new Rational(0n);
    static ONE = new Rational(1n);
    /** Parses digits with an optional fraction part ("12", "0.125", ".5"). */
    static fromDecimal(text) {
        const [int = "", frac = ""] = text.split(".");
        return new Rational(BigInt((int || "0") + frac), 10n ** BigInt(frac.length));
    }
    add(o) {
        return new Rational(this.num * o.den + o.num * this.den, this.den * o.den);
    }
    sub(o) {
        return new Rational(this.num * o.den - o.num * this.den, this.den * o.den);
    }
    mul(o) {
        return new Rational(this.num * o.num, this.den * o.den);
    }
    div(o) {
        if (o.num === 0n)
            throw new CalcError("division by zero");
        return new Rational(this.num * o.den, this.den * o.num);
    }
    neg() {
        return new Rational(-this.num, this.den);
    }
    isInteger() {
        return this.den === 1n;
    }
    /** Bits needed for numerator and denominator together: a size guard against blow-ups. */
    bits() {
        return bitLength(this.num) + bitLength(this.den);
    }
    toNumber() {
        return Number(this.num) / Number(this.den);
    }
}
export class CalcError extends Error {
}
function gcd(a, b) {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a;
}
export function bitLength(n) {
    return (n < 0n ? -n : n).toString(2).length;
}
//# sourceMappingURL=rational.js.map