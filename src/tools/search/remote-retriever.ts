/** A client for a remote retrieval server speaking Search-R1's `POST /retrieve` protocol. */
import { RetrievalError } from "../../errors/retrieval-error.js";
import type { SearchHit } from "./bm25-index.js";
import type { Retriever } from "./retriever.js";
import { fromDocument, type ProtocolDocument, type RetrieveRequest } from "./search-r1-protocol.js";

export interface RemoteRetrieverOptions {
  /** Server base URL ("http://host:8000") or the full endpoint ("…/retrieve"). */
  readonly url: string;
  /** Per-request timeout (default 30 s). */
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer <token>` (`swirl search-server --token-file`). */
  readonly token?: string;
}

export interface RemoteRetriever extends Retriever {
  readonly endpoint: string;
  /** One request for many queries: one hit list per query, in order. */
  retrieveBatch(queries: readonly string[], k: number): Promise<SearchHit[][]>;
}

/** `…/retrieve` of a base URL, keeping its query string (a `?token=` may ride there). */
function endpointOf(url: string): string {
  const u = new URL(url);
  if (!/\/retrieve\/?$/.test(u.pathname)) u.pathname = `${u.pathname.replace(/\/+$/, "")}/retrieve`;
  return u.toString();
}

export function remoteRetriever(opts: RemoteRetrieverOptions): RemoteRetriever {
  const endpoint = endpointOf(opts.url);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const fail = (status: number, problem: string): never => {
    throw new RetrievalError({ endpoint, status, problem });
  };

  async function retrieveBatch(queries: readonly string[], k: number): Promise<SearchHit[][]> {
    const body: RetrieveRequest = { queries, topk: k, return_scores: true };
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      return fail(0, (e as Error).message);
    }
    if (!res.ok) fail(res.status, (await res.text()).slice(0, 200) || res.statusText);
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return fail(res.status, "response is not JSON");
    }
    const result = (json as { result?: unknown }).result;
    if (!Array.isArray(result) || result.length !== queries.length) fail(res.status, "response has no result list per query");
    return (result as unknown[]).map((hits) => {
      if (!Array.isArray(hits)) fail(res.status, "a result entry is not a list");
      return (hits as unknown[]).map((h) => toHit(h, () => fail(res.status, "malformed hit")));
    });
  }

  return {
    endpoint,
    retrieveBatch,
    retrieve: async (query, k) => (await retrieveBatch([query], k))[0] ?? [],
  };
}

function toHit(h: unknown, bad: () => never): SearchHit {
  if (!h || typeof h !== "object") bad();
  const o = h as Record<string, unknown>;
  // with scores: {document, score}; without: the document itself
  const doc = (o.document ?? o) as Partial<ProtocolDocument>;
  if (typeof doc.contents !== "string") bad();
  const score = typeof o.score === "number" ? o.score : 0;
  return { passage: fromDocument({ id: String(doc.id ?? ""), contents: doc.contents as string }), score };
}
