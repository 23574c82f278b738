/**
 * Collects the context paragraphs of a dataset into one search corpus, keeping one copy of a
 * paragraph that several questions share (same title and text).
 */
import type { Passage } from "../passage.js";
import type { Example } from "../../types.js";
import type { RecordFields } from "./fields.js";
/** What a real-dataset loader returns: the questions and the corpus their contexts form. */
export interface LoadedTask {
    readonly examples: Example[];
    readonly corpus: Passage[];
}
export declare class CorpusBuilder {
    private readonly prefix;
    readonly passages: Passage[];
    private readonly seen;
    constructor(prefix: string);
    /** Adds a paragraph (if new) and returns its passage id. */
    add(title: string, text: string): string;
}
/**
 * Reads a context list in any of the common shapes: [title, text], [title, [sentences]],
 * {title, text | paragraph_text | sentences | paragraph | content}, or a bare string.
 * Sentences are joined with "" (HotPotQA's sentences carry their own leading spaces).
 */
export declare function addContext(fields: RecordFields, path: string, corpus: CorpusBuilder): string[];
