/**
 * Reading a synthetic arithmetic problem back into its operations, from the family's sentence
 * templates (the "world structure" of the math family): a start value, then add, subtract,
 * multiply, divide, groups (g containers of m: two calculations) and percent (p% of it: two
 * calculations). The rule judge uses this to know what a useful next calculation is.
 */
export type StoryOp = {
    readonly kind: "add" | "sub" | "mul" | "div";
    readonly n: number;
} | {
    readonly kind: "groups";
    readonly g: number;
    readonly m: number;
} | {
    readonly kind: "percent";
    readonly p: number;
};
export interface Story {
    readonly start: number;
    readonly ops: readonly StoryOp[];
}
/** A problem's statements in order: the start value's, then one per operation (the question dropped). */
export declare function storySentences(question: string): string[];
/** Parses a problem; undefined when a sentence fits no template (not a synthetic problem). */
export declare function parseStory(question: string): Story | undefined;
/** The value each calculation of an op must produce, given the current value v (two for groups and percent). */
export declare function opValues(op: StoryOp, v: number): number[];
