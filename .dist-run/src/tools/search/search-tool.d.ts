/**
 * The search tool (`<search_query>…</search_query>`): returns the top-k passages (k = 1 as in
 * the paper) as text for the model. Failures of a remote retriever come back as text.
 */
import { type Tool } from "../tool.js";
import type { SearchHit } from "./bm25-index.js";
import type { Retriever } from "./retriever.js";
export interface SearchToolOptions {
    readonly retriever: Retriever;
    /** Passages returned per query (default 1). */
    readonly k?: number;
    readonly name?: string;
    readonly tag?: string;
    /** Text shown to the model; default one "Title: text" line per passage. */
    readonly format?: (hits: readonly SearchHit[]) => string;
    /** Queries longer than this are cut (default 500 characters). */
    readonly maxQueryChars?: number;
}
export declare function formatHits(hits: readonly SearchHit[]): string;
export declare function searchTool(opts: SearchToolOptions): Tool;
