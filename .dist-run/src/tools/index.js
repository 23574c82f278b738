/** Tools the policy can call: the Tool interface, the calculator and search (local or remote). */
export { defineTool } from "./tool.js";
export { calculate, calculatorTool } from "./calculator.js";
export { Bm25Index, DEFAULT_BM25 } from "./search/bm25-index.js";
export { loadBm25Index, saveBm25Index } from "./search/bm25-store.js";
export { corpusFromHotpotQa, corpusFromMusique, corpusFromWorld, readCorpus, writeCorpus } from "./search/corpus.js";
export { openBm25Index } from "./search/open-index.js";
export { porterStem } from "./search/porter-stemmer.js";
export { createTokenizer, STOPWORDS } from "./search/tokenizer.js";
export { localRetriever } from "./search/retriever.js";
export { remoteRetriever } from "./search/remote-retriever.js";
export { startRetrievalServer } from "./search/retrieval-server.js";
export { formatHits, searchTool } from "./search/search-tool.js";
//# sourceMappingURL=index.js.map