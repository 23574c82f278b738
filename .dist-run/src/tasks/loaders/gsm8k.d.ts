/** GSM8K, official JSON Lines: {question, answer}; the gold number follows "####" in the answer. */
import type { Example } from "../../types.js";
export interface LoadOptions {
    /** Stop after this many examples. */
    limit?: number;
}
export declare function streamGsm8k(source: string): AsyncGenerator<Example>;
export declare function loadGsm8k(source: string, opts?: LoadOptions): Promise<Example[]>;
