/**
 * Arithmetic word problems that need 2–6 calculator calls. A problem is a story over one count:
 * it starts with a number and applies operations; each calculator step is one binary expression
 * on numbers already known, recorded in `meta.expressions` with its result.
 */
import type { Example } from "../types.js";
export type MathMeta = {
    readonly template: string;
    readonly split: "train" | "test";
    /** Number of calculator calls in the reference solution. */
    readonly steps: number;
    /** The reference solution, one calculator expression per step. */
    readonly expressions: readonly string[];
    readonly results: readonly number[];
};
export interface MathOptions {
    split: "train" | "test";
    count: number;
    seed?: string | number;
    /** Allowed step counts; default 2..6. */
    steps?: readonly number[];
    /**
     * Story frames to draw from: the split's own (default; train and test frames are disjoint, so
     * a test problem is worded in ways training never showed) or the training frames (held-out
     * problems from the training distribution, as GSM8K's test split is).
     */
    frames?: "split" | "train";
    /** Questions never to produce (e.g. every training problem, so held-out ones cannot repeat one). */
    exclude?: ReadonlySet<string>;
}
export declare function generateMathProblems(opts: MathOptions): Example[];
/** Reads the typed meta of a synthetic math example (throws when it is not one). */
export declare function readMathMeta(example: Example): MathMeta;
