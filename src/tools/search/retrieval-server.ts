/**
 * Serves any retriever over HTTP with Search-R1's protocol (`POST /retrieve`), so many rollout
 * workers can share one corpus; `GET /health` answers {ok, passages}. With a token, every request
 * must carry `Authorization: Bearer <token>` or `?token=<token>` (Search-R1's client sends no
 * headers). node:http, no framework.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Retriever } from "./retriever.js";
import { toContents, type ProtocolHit } from "./search-r1-protocol.js";
import { presentsToken, readBody, sendJson, serveJson, type JsonServerOptions } from "../../util/http-server.js";

export interface RetrievalServerOptions extends Omit<JsonServerOptions, "errorBody"> {
  readonly retriever: Retriever;
  /** Shown by /health. */
  readonly passages?: number;
  /** When set, requests must present it (bearer header or `token` query parameter). */
  readonly token?: string;
  /** Upper bound on topk and on queries per request. */
  readonly maxTopk?: number;
  readonly maxQueries?: number;
  /** Longest query in characters (default 4096): one huge query would keep the server from every other client. */
  readonly maxQueryChars?: number;
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
  const maxQueryChars = opts.maxQueryChars ?? 4096;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (!presentsToken(req, opts.token, true)) return sendJson(res, 401, { error: "missing or wrong bearer token" });
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
    if (queries.length > maxQueries) return sendJson(res, 400, { error: `at most ${maxQueries} queries per request, not ${queries.length}` });
    const long = (queries as string[]).findIndex((q) => q.length > maxQueryChars);
    if (long >= 0) return sendJson(res, 413, { error: `query ${long} has ${(queries[long] as string).length} characters; at most ${maxQueryChars}` });
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

  return serveJson((req, res) => {
    handle(req, res).catch((e: unknown) => sendJson(res, 500, { error: (e as Error).message }));
  }, opts);
}


