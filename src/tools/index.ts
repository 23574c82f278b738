/** Tools the policy can call: the Tool interface, tool() and MCP tools, the calculator and search (local or remote). */
export { BUILTIN_TAGS, defineTool, type Tool } from "./tool.js";
export { tool, type DefinedTool, type ToolDefinition } from "./define-tool.js";
export { connectMcpTools, type McpServerSpec, type McpToolset } from "./mcp.js";
export { ToolCallError } from "../errors/tool-call-error.js";
export { calculate, calculatorTool } from "./calculator.js";
export { Bm25Index, DEFAULT_BM25, type Bm25Params, type SearchHit } from "./search/bm25-index.js";
export { loadBm25Index, saveBm25Index } from "./search/bm25-store.js";
export { corpusFromHotpotQa, corpusFromMusique, readCorpus, writeCorpus } from "./search/corpus.js";
export { openBm25Index, type OpenIndexOptions } from "./search/open-index.js";
export { porterStem } from "./search/porter-stemmer.js";
export { createTokenizer, STOPWORDS, type TokenizerOptions } from "./search/tokenizer.js";
export { localRetriever, type Retriever, type LocalRetrieverOptions } from "./search/retriever.js";
export { remoteRetriever, type RemoteRetriever, type RemoteRetrieverOptions } from "./search/remote-retriever.js";
export { startRetrievalServer, type RetrievalServerOptions, type RunningServer } from "./search/retrieval-server.js";
export { formatHits, searchTool, type SearchToolOptions } from "./search/search-tool.js";
