import type { Tool } from "../tools/tool.js";
import type { Example } from "../types.js";
export interface MathEnv {
    readonly train: Example[];
    readonly test: Example[];
    readonly calculator: Tool;
}
export declare function buildMathEnv(opts: {
    seed: number | string;
    train: number;
    test: number;
    steps?: readonly number[];
}): MathEnv;
/** Numbers as they appear in a text, in order ("25%" gives 25, "1,200" gives 1200). */
export declare function numbersIn(text: string): number[];
