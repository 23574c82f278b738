/**
 * The action parser: one model turn → a tool call, a final answer, or a recorded reason why it
 * is neither. Every malformed case has a defined outcome (see InvalidReason in types.ts):
 * no tag, two tags, a tool call and an answer together, an unclosed tag, an empty input, text
 * after the closing tag, a tag of a tool this task does not have. A repeated query is a
 * valid call by default (the judge marks it BAD, as the paper's criteria do); with
 * `rejectRepeats` it is invalid.
 */
import type { Action } from "../types.js";
export interface ParseOptions {
    /** Tool tags enabled for this task, e.g. ["search_query"]. */
    readonly toolTags: readonly string[];
    /** Every tag the markup knows (to recognise calls of tools this task lacks). */
    readonly knownTags?: readonly string[];
    /** Inputs of earlier tool calls in this trajectory. */
    readonly previousInputs?: readonly string[];
    readonly rejectRepeats?: boolean;
}
export declare function normaliseInput(s: string): string;
export declare function parseAction(text: string, opts: ParseOptions): Action;
