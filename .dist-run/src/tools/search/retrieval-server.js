/**
 * Serves any retriever over HTTP with Search-R1's protocol (`POST /retrieve`), so many rollout
 * workers can share one corpus; `GET /health` answers {ok, passages}. node:http, no framework.
 */
import { createServer } from "node:http";
import { toContents } from "./search-r1-protocol.js";
import { listen, readBody, sendJson } from "../../util/http-server.js";
const MAX_BODY_BYTES = 4 << 20;
export async function startRetrievalServer(opts) {
    const maxTopk = opts.maxTopk ?? 100;
    const maxQueries = opts.maxQueries ?? 1024;
    const server = createServer((req, res) => {
        handle(req, res).catch((e) => sendJson(res, 500, { error: e.message }));
    });
    async function handle(req, res) {
        const path = (req.url ?? "/").split("?")[0];
        if (req.method === "GET" && path === "/health")
            return sendJson(res, 200, { ok: true, passages: opts.passages ?? null });
        if (path !== "/retrieve")
            return sendJson(res, 404, { error: "not found; use POST /retrieve" });
        if (req.method !== "POST")
            return sendJson(res, 405, { error: "use POST" });
        const body = await readBody(req, MAX_BODY_BYTES);
        if (body === undefined)
            return sendJson(res, 413, { error: "request body too large" });
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            return sendJson(res, 400, { error: "body is not JSON" });
        }
        const { queries, topk = 3, return_scores = false } = parsed ?? {};
        if (!Array.isArray(queries) || !queries.every((q) => typeof q === "string"))
            return sendJson(res, 400, { error: "queries must be a list of strings" });
        if (queries.length > maxQueries)
            return sendJson(res, 400, { error: `at most ${maxQueries} queries per request` });
        if (typeof topk !== "number" || !Number.isInteger(topk) || topk < 1 || topk > maxTopk)
            return sendJson(res, 400, { error: `topk must be an integer in 1..${maxTopk}` });
        const result = [];
        for (const q of queries) {
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
//# sourceMappingURL=retrieval-server.js.map