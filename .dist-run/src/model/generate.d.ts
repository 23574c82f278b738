import type { Model } from "./model.js";
import { type SamplingOptions } from "./sample.js";
import { type StopTokenizer } from "./chat-stop.js";
export interface GenerateOptions extends Partial<SamplingOptions> {
    readonly maxNewTokens: number;
    /** Text that ends a sequence (kept in the output), e.g. "</search_query>". */
    readonly stop?: readonly string[];
    /** Token ids that end a sequence (not included in the text), e.g. the end-of-turn token. */
    readonly stopTokens?: readonly number[];
    readonly seed?: number | string;
    /** One seed per prompt (overrides `seed`), so a request samples the same in any batch. */
    readonly seeds?: readonly (number | string)[];
}
export interface Generation {
    /** Generated token ids (including a stop token if one ended it). */
    readonly ids: number[];
    /** Decoded text of the generated ids, cut right after the stop string when one matched. */
    readonly text: string;
    /** log π(token) under the model at temperature 1, one per id. */
    readonly logprobs: number[];
    readonly finish: "stop" | "length";
}
/** What generation needs of a tokenizer: whole-text decoding and the bytes of each token. */
export interface Detokenizer extends StopTokenizer {
    decode(ids: ArrayLike<number>): string;
}
export declare function generate(model: Model, tok: Detokenizer, prompts: readonly ArrayLike<number>[], opts: GenerateOptions): Generation[];
