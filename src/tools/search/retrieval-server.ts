/**
 * Serves any retriever over HTTP with Search-R1's protocol (`POST /retrieve`), so many rollout
 * workers can share one corpus; `GET /health` answers {ok, passages}. node:http, no framework.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Retriever } from "./retriever.js";
import { toContents, type ProtocolHit } from "./search-r1-protocol.js";
import { listen, readBody, sendJson } from "../../util/http-server.js";

export interface RetrievalServerOptions {
  readonly retriever: Retriever;
  /** Default 127.0.0.1: serving beyond the machine is an explicit choice. */
  readonly host?: string;
  /** 0 lets the OS choose a free port. */
  readonly port?: number;
  /** Shown by /health. */
  readonly passages?: number;
  /** Upper bound on topk and on queries per request. */
  readonly maxTopk?: number;
  readonly maxQueries?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 4 << 20;

export async function startRetrievalServer(opts: RetrievalServerOptions): Promise<RunningServer> {
  const maxTopk = opts.maxTopk ?? 100;
  const maxQueries = opts.maxQueries ?? 1024;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => sendJson(res, 500, { error: (e as Error).message }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/health") return sendJson(res, 200, { ok: true, passages: opts.passages ?? null });
    if (path !== "/retrieve") return sendJson(res, 404, { error: "not found; use POST /retrieve" });
    if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) return sendJson(res, 413, { error: "request body too large" });
    let parsed: { queries?: unknown; topk?: unknown; return_scores?: unknown };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return sendJson(res, 400, { error: "body is not JSON" });
    }
    const { queries, topk = 3, return_scores = false } = parsed ?? {};
    if (!Array.isArray(queries) || !queries.every((q) => typeof q === "string")) return sendJson(res, 400, { error: "queries must be a list of strings" });
    if (queries.length > maxQueries) return sendJson(res, 400, { error: `at most ${maxQueries} queries per request` });
    if (typeof topk !== "number" || !Number.isInteger(topk) || topk < 1 || topk > maxTopk) return sendJson(res, 400, { error: `topk must be an integer in 1..${maxTopk}` });
    const result: ProtocolHit[][] = [];
    for (const q of queries as string[]) {
      const hits = await opts.retriever.retrieve(q, topk);
      result.push(hits.map((h) => {
        const document = { id: h.passage.id, contents: toContents(h.passage) };
        return return_scores ? { document, score: h.score } : document;
      }));
    }
    sendJson(res, 200, { result });
  }

  return listen(server, opts.host ?? "127.0.0.1", opts.port ?? 0);
}


