/** `swirl search-server`: serves a BM25 index over HTTP with Search-R1's `POST /retrieve` protocol. */
import type { Command } from "commander";
import { openBm25Index } from "../tools/search/open-index.js";
import { localRetriever } from "../tools/search/retriever.js";
import { startRetrievalServer } from "../tools/search/retrieval-server.js";
import { addAccessOptions, serverToken, type AccessFlags } from "./server-access.js";

export interface SearchServerFlags extends AccessFlags {
  corpus?: string;
  index?: string;
  host: string;
  port: string;
  exactTitle?: boolean;
  rebuild?: boolean;
}

export async function searchServer(flags: SearchServerFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${flags.port}`);
  const token = serverToken(flags, "search-server");
  const t0 = performance.now();
  const { index, built, indexPath } = await openBm25Index({ corpusPath: flags.corpus, indexPath: flags.index, rebuild: flags.rebuild });
  const ms = Math.round(performance.now() - t0);
  console.log(`${built ? "built" : "loaded"} index of ${index.size} passages in ${ms} ms${built && indexPath ? ` (saved to ${indexPath})` : ""}`);
  const server = await startRetrievalServer({
    retriever: localRetriever(index, { exactTitleFirst: flags.exactTitle }),
    host: flags.host,
    port,
    passages: index.size,
    token,
    allowedHosts: flags.allowHost,
  });
  console.log(`serving POST ${server.url}/retrieve${token ? " (bearer token or ?token= required)" : ""}  (Ctrl-C to stop)`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

export function registerSearchServer(program: Command): void {
  const command = program
    .command("search-server")
    .description("serve a BM25 index over HTTP (Search-R1 protocol: POST /retrieve {queries, topk, return_scores})")
    .option("--corpus <file>", "corpus JSONL of {id, title, text}; the index is built (and saved beside it) when needed")
    .option("--index <file>", "saved index file (loaded if it exists, else written after building from --corpus)")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--port <port>", "port (0 = any free port)", "8000")
    .option("--exact-title", "return the passage whose title equals the query first")
    .option("--rebuild", "rebuild the index even if the saved file exists");
  addAccessOptions(command, "search-server").action(searchServer);
}
