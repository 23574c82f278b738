/**
 * `swirl serve`: the embedded model behind an OpenAI-compatible API, so any OpenAI client (and
 * our own HTTP policy) can use it. `POST /v1/chat/completions` and `GET /v1/models`; `GET
 * /health` answers without a token. Bound to 127.0.0.1 unless told otherwise: serving beyond the
 * machine is an explicit choice. With a token, every /v1 route wants `Authorization: Bearer …`.
 * Requests go through EmbeddedPolicy, so requests that arrive together decode as one batch.
 * node:http, no framework.
 */
import { createServer } from "node:http";
import { createHash, timingSafeEqual } from "node:crypto";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { chatCompletion } from "./chat.js";
import { apiError, parseChatRequest } from "./schema.js";
import { readBody, sendJson } from "../util/http-server.js";
const MAX_BODY_BYTES = 8 << 20;
export async function startServer(opts) {
    const modelName = opts.modelName ?? "swirl-embedded";
    const ctx = {
        policy: new EmbeddedPolicy(opts.model, opts.tokenizer, { maxBatch: opts.maxBatch, name: modelName }),
        tokenizer: opts.tokenizer,
        contextLength: opts.model.config.contextLength,
        modelName,
    };
    const created = Math.floor(Date.now() / 1000);
    const tokenDigest = opts.token ? digest(`Bearer ${opts.token}`) : undefined;
    let served = 0;
    async function handle(req, res) {
        const path = (req.url ?? "/").split("?")[0];
        if (req.method === "GET" && path === "/health")
            return sendJson(res, 200, { ok: true, model: modelName });
        if (path !== "/v1/models" && path !== "/v1/chat/completions")
            return sendJson(res, 404, apiError(`no route ${path}`, "not_found_error"));
        if (tokenDigest && !timingSafeEqual(digest(req.headers.authorization ?? ""), tokenDigest)) {
            res.setHeader("www-authenticate", "Bearer");
            return sendJson(res, 401, apiError("missing or wrong bearer token", "authentication_error"));
        }
        if (path === "/v1/models") {
            if (req.method !== "GET")
                return sendJson(res, 405, apiError("use GET"));
            return sendJson(res, 200, { object: "list", data: [{ id: modelName, object: "model", created, owned_by: "swirl" }] });
        }
        if (req.method !== "POST")
            return sendJson(res, 405, apiError("use POST"));
        const raw = await readBody(req, MAX_BODY_BYTES);
        if (raw === undefined)
            return sendJson(res, 413, apiError(`request body over ${MAX_BODY_BYTES} bytes`));
        let json;
        try {
            json = JSON.parse(raw);
        }
        catch {
            return sendJson(res, 400, apiError("body is not valid JSON"));
        }
        const parsed = parseChatRequest(json);
        if (!parsed.ok)
            return sendJson(res, 400, parsed.error);
        const out = await chatCompletion(ctx, parsed.value);
        if (out.status === 200)
            served++;
        sendJson(res, out.status, out.body);
    }
    const server = createServer((req, res) => {
        handle(req, res).catch((e) => sendJson(res, 500, apiError(e.message, "server_error")));
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
    });
    const { port, address, family } = server.address();
    const host = family === "IPv6" ? `[${address}]` : address;
    const url = `http://${host}:${port}`;
    return {
        url,
        baseURL: `${url}/v1`,
        port,
        modelName,
        served: () => served,
        close: () => new Promise((resolve, reject) => {
            server.closeAllConnections();
            server.close((e) => (e ? reject(e) : resolve()));
        }),
    };
}
/** Fixed-length digests, so the comparison takes the same time whatever was sent. */
function digest(s) {
    return createHash("sha256").update(s).digest();
}
//# sourceMappingURL=server.js.map