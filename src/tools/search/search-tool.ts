/**
 * The search tool (`<search_query>…</search_query>`): returns the top-k passages (k = 1 as in
 * the paper) as text for the model. Failures of a remote retriever come back as text.
 */
import { BUILTIN_TAGS, defineTool, type Tool } from "../tool.js";
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

export function formatHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return "No results found.";
  return hits.map((h) => (h.passage.title ? `${h.passage.title}: ${h.passage.text}` : h.passage.text)).join("\n");
}

export function searchTool(opts: SearchToolOptions): Tool {
  const k = opts.k ?? 1;
  const format = opts.format ?? formatHits;
  const maxChars = opts.maxQueryChars ?? 500;
  return defineTool({
    name: opts.name ?? "search",
    tag: opts.tag ?? BUILTIN_TAGS.search,
    description: `Searches the corpus and returns the ${k === 1 ? "best passage" : `${k} best passages`}.`,
    run: async (input: string) => {
      const query = input.trim().slice(0, maxChars);
      if (!query) return "Error: empty query";
      try {
        return format(await opts.retriever.retrieve(query, k));
      } catch (e) {
        return `Error: search failed (${(e as Error).message})`;
      }
    },
  });
}
