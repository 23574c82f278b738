/** Exact rational numbers on bigint, always in lowest terms with a positive denominator. */
export declare class Rational {
    readonly num: bigint;
    readonly den: bigint;
    constructor(num: bigint, den?: bigint);
    static readonly ZERO: Rational;
    static readonly ONE: Rational;
    /** Parses digits with an optional fraction part ("12", "0.125", ".5"). */
    static fromDecimal(text: string): Rational;
    add(o: Rational): Rational;
    sub(o: Rational): Rational;
    mul(o: Rational): Rational;
    div(o: Rational): Rational;
    neg(): Rational;
    isInteger(): boolean;
    /** Bits needed for numerator and denominator together: a size guard against blow-ups. */
    bits(): number;
    toNumber(): number;
}
export declare class CalcError extends Error {
}
export declare function bitLength(n: bigint): number;
