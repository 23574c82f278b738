/**
 * Story frames for the arithmetic word problems. Each frame is one template; train and test use
 * disjoint frames (by `split`), so a test problem never reuses a training story.
 */
export interface MathFrame {
    readonly id: string;
    readonly split: "train" | "test";
    /** Plural noun counted through the story. */
    readonly item: string;
    /** Verb phrases in the third person: starting, gaining and losing items. */
    readonly start: string;
    readonly gain: string;
    readonly lose: string;
    /** Plural and singular container used for groups. */
    readonly containers: string;
    readonly container: string;
}
export declare const MATH_FRAMES: readonly MathFrame[];
export declare const MATH_NAMES: readonly string[];
