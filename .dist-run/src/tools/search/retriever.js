export function localRetriever(index, opts = {}) {
    const searchSync = (query, k) => {
        if (!opts.exactTitleFirst)
            return index.search(query, k);
        const exact = index.titleMatch(query);
        if (exact === undefined)
            return index.search(query, k);
        const passage = index.passages[exact];
        const hits = index.search(query, k + 1);
        const own = hits.find((h) => h.passage === passage);
        return [{ passage, score: own?.score ?? 0 }, ...hits.filter((h) => h !== own)].slice(0, k);
    };
    return { searchSync, retrieve: async (query, k) => searchSync(query, k) };
}
//# sourceMappingURL=retriever.js.map