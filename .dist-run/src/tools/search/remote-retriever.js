/** A client for a remote retrieval server speaking Search-R1's `POST /retrieve` protocol. */
import { RetrievalError } from "../../errors/retrieval-error.js";
import { fromDocument } from "./search-r1-protocol.js";
export function remoteRetriever(opts) {
    const endpoint = /\/retrieve\/?$/.test(opts.url) ? opts.url : `${opts.url.replace(/\/+$/, "")}/retrieve`;
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const fail = (status, problem) => {
        throw new RetrievalError({ endpoint, status, problem });
    };
    async function retrieveBatch(queries, k) {
        const body = { queries, topk: k, return_scores: true };
        let res;
        try {
            res = await fetch(endpoint, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify(body),
                signal: AbortSignal.timeout(timeoutMs),
            });
        }
        catch (e) {
            return fail(0, e.message);
        }
        if (!res.ok)
            fail(res.status, (await res.text()).slice(0, 200) || res.statusText);
        let json;
        try {
            json = await res.json();
        }
        catch {
            return fail(res.status, "response is not JSON");
        }
        const result = json.result;
        if (!Array.isArray(result) || result.length !== queries.length)
            fail(res.status, "response has no result list per query");
        return result.map((hits) => {
            if (!Array.isArray(hits))
                fail(res.status, "a result entry is not a list");
            return hits.map((h) => toHit(h, () => fail(res.status, "malformed hit")));
        });
    }
    return {
        endpoint,
        retrieveBatch,
        retrieve: async (query, k) => (await retrieveBatch([query], k))[0] ?? [],
    };
}
function toHit(h, bad) {
    if (!h || typeof h !== "object")
        bad();
    const o = h;
    // with scores: {document, score}; without: the document itself
    const doc = (o.document ?? o);
    if (typeof doc.contents !== "string")
        bad();
    const score = typeof o.score === "number" ? o.score : 0;
    return { passage: fromDocument({ id: String(doc.id ?? ""), contents: doc.contents }), score };
}
//# sourceMappingURL=remote-retriever.js.map