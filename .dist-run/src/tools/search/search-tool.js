/**
 * The search tool (`<search_query>…</search_query>`): returns the top-k passages (k = 1 as in
 * the paper) as text for the model. Failures of a remote retriever come back as text.
 */
import { defineTool } from "../tool.js";
export function formatHits(hits) {
    if (hits.length === 0)
        return "No results found.";
    return hits.map((h) => (h.passage.title ? `${h.passage.title}: ${h.passage.text}` : h.passage.text)).join("\n");
}
export function searchTool(opts) {
    const k = opts.k ?? 1;
    const format = opts.format ?? formatHits;
    const maxChars = opts.maxQueryChars ?? 500;
    return defineTool({
        name: opts.name ?? "search",
        tag: opts.tag ?? "search_query",
        description: `Searches the corpus and returns the ${k === 1 ? "best passage" : `${k} best passages`}.`,
        run: async (input) => {
            const query = input.trim().slice(0, maxChars);
            if (!query)
                return "Error: empty query";
            try {
                return format(await opts.retriever.retrieve(query, k));
            }
            catch (e) {
                return `Error: search failed (${e.message})`;
            }
        },
    });
}
//# sourceMappingURL=search-tool.js.map