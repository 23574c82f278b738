/**
 * A small seeded PRNG (mulberry32) and helpers, so every generator in the project is
 * deterministic for a seed without depending on Math.random.
 */
/** Hashes a string seed to 32 bits (FNV-1a), so seeds like "world:7" are usable. */
export declare function hashSeed(seed: string | number): number;
export declare class Rng {
    private state;
    constructor(seed: string | number);
    /** Uniform float in [0, 1). */
    next(): number;
    /** Uniform integer in [0, n). */
    int(n: number): number;
    /** Uniform integer in [lo, hi] (both inclusive). */
    range(lo: number, hi: number): number;
    pick<T>(items: readonly T[]): T;
    /** True with probability p. */
    chance(p: number): boolean;
    /** Fisher–Yates shuffle of a copy. */
    shuffle<T>(items: readonly T[]): T[];
    /** An independent generator derived from this one (for sub-streams that must not interfere). */
    fork(label: string): Rng;
}
export declare function createRng(seed: string | number): Rng;
