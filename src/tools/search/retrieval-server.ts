/**
 * Serves any retriever over HTTP with Search-R1's protocol (`POST /retrieve`), so many rollout
 * workers can share one corpus; `GET /health` answers {ok, passages}. node:http, no framework.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Retriever } from "./retriever.js";
import { toContents, type ProtocolHit } from "./search-r1-protocol.js";
import { listen } from "../../util/listen.js";

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
    handle(req, res).catch((e: unknown) => send(res, 500, { error: (e as Error).message }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/health") return send(res, 200, { ok: true, passages: opts.passages ?? null });
    if (path !== "/retrieve") return send(res, 404, { error: "not found; use POST /retrieve" });
    if (req.method !== "POST") return send(res, 405, { error: "use POST" });
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { error: "request body too large" });
    let parsed: { queries?: unknown; topk?: unknown; return_scores?: unknown };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return send(res, 400, { error: "body is not JSON" });
    }
    const { queries, topk = 3, return_scores = false } = parsed ?? {};
    if (!Array.isArray(queries) || !queries.every((q) => typeof q === "string")) return send(res, 400, { error: "queries must be a list of strings" });
    if (queries.length > maxQueries) return send(res, 400, { error: `at most ${maxQueries} queries per request` });
    if (typeof topk !== "number" || !Number.isInteger(topk) || topk < 1 || topk > maxTopk) return send(res, 400, { error: `topk must be an integer in 1..${maxTopk}` });
    const result: ProtocolHit[][] = [];
    for (const q of queries as string[]) {
      const hits = await opts.retriever.retrieve(q, topk);
      result.push(hits.map((h) => {
        const document = { id: h.passage.id, contents: toContents(h.passage) };
        return return_scores ? { document, score: h.score } : document;
      }));
    }
    send(res, 200, { result });
  }

  return listen(server, opts.host ?? "127.0.0.1", opts.port ?? 0);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
