/**
 * Stop strings for a sampler: feed the generated ids one at a time and learn when the text so
 * far contains a stop string such as `</search_query>`. The action text is cut right after the
 * stop (the closing tag is kept: the markup parser needs it), and anything the model wrote past
 * it inside the same token is dropped.
 *
 * Decoding is incremental (a streaming TextDecoder holds a cut-off UTF-8 character until its
 * last byte arrives) and each push searches only the tail that could hold a new match, so the
 * cost per token is O(longest stop string). A special token counts as its name ("<|user|>"),
 * as `Tokenizer.decode` renders it, so the text is the same however generation ends; the
 * sampler stops on <|end|> by id.
 */
import type { Tokenizer } from "./tokenizer.js";
/** The part of a tokenizer the matcher reads. */
export type StopTokenizer = Pick<Tokenizer, "tokenBytes">;
export interface StopHit {
    /** Which stop string matched. */
    readonly stop: string;
    /** The generated text cut right after the end of the stop string. */
    readonly text: string;
    /** How many ids were needed: the matching one included; ids after it should be discarded. */
    readonly tokens: number;
}
export declare class StopStringMatcher {
    private readonly tok;
    private readonly decoder;
    private readonly stops;
    private readonly longest;
    private pushed;
    private hit;
    /** The text decoded so far (a trailing partial character is held back until complete). */
    text: string;
    constructor(tok: StopTokenizer, stops: readonly string[]);
    /** Adds one generated id; returns the hit once a stop string is complete (and keeps returning it). */
    push(id: number): StopHit | null;
}
/** One-shot form: the first stop among `ids`, or null. */
export declare function findStop(tok: StopTokenizer, ids: ArrayLike<number>, stops: readonly string[]): StopHit | null;
