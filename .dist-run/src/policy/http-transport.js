/**
 * The chat-completions POST on node:http(s) with a keep-alive agent per endpoint, bypassing the
 * openai client's fetch path. On a local server that answers at once, fetch (undici, with the
 * client's request building and web streams around it) costs ~5× the CPU per request of
 * node:http (bench/pipeline.ts measures both), which caps what `generate` can drive.
 *
 * Failures come out as the openai client would raise them (APIError subclasses with status and
 * headers, APIConnectionTimeoutError, APIConnectionError with the socket error as cause), so
 * classification and retries (http-retry.ts) do not depend on the transport.
 */
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { BadReplyError } from "./http-response.js";
export class ChatTransport {
    agent;
    send;
    /** Fixed request options; only the headers array changes per request. */
    target;
    /** Headers as a flat [name, value, …] list: node stores it as is, with no per-header setHeader(). */
    fixedHeaders;
    constructor(baseURL, apiKey, maxSockets) {
        const url = new URL(`${baseURL}/chat/completions`);
        const https = url.protocol === "https:";
        this.send = https ? httpsRequest : httpRequest;
        this.agent = https ? new HttpsAgent({ keepAlive: true, maxSockets }) : new HttpAgent({ keepAlive: true, maxSockets });
        // what node derives from a URL, once (an IPv6 host loses its brackets, as in urlToHttpOptions)
        const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
        this.target = { host, port: url.port, path: url.pathname + url.search, method: "POST", agent: this.agent };
        // a headers list skips node's default Host header, so it is given here
        this.fixedHeaders = ["host", url.host, "content-type", "application/json", "accept", "application/json", "authorization", `Bearer ${apiKey}`];
    }
    /** POSTs `body` (already JSON) and resolves with the parsed 2xx reply; rejects as described above. */
    complete(body, timeoutMs) {
        return new Promise((resolve, reject) => {
            let settled = false;
            const fail = (e) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                req.destroy();
                reject(e);
            };
            const headers = [...this.fixedHeaders, "content-length", String(Buffer.byteLength(body))];
            const req = this.send({ ...this.target, headers }, (res) => {
                const chunks = [];
                res.on("data", (c) => chunks.push(c));
                res.on("error", (e) => fail(new APIConnectionError({ message: "Connection error.", cause: e })));
                res.on("aborted", () => fail(new APIConnectionError({ message: "Connection error.", cause: new Error("response aborted") })));
                res.on("end", () => {
                    if (settled)
                        return;
                    settled = true;
                    clearTimeout(timer);
                    const text = chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks).toString("utf8");
                    const status = res.statusCode ?? 0;
                    if (status < 200 || status >= 300) {
                        let json;
                        try {
                            json = JSON.parse(text);
                        }
                        catch {
                            json = undefined;
                        }
                        const headers = new Headers();
                        for (const [k, v] of Object.entries(res.headers))
                            if (v !== undefined)
                                headers.set(k, Array.isArray(v) ? v.join(", ") : v);
                        // the whole body, as the openai client passes it: generate() takes its `error` member itself
                        reject(APIError.generate(status, json, json === undefined ? text : undefined, headers));
                        return;
                    }
                    try {
                        resolve(JSON.parse(text));
                    }
                    catch (e) {
                        reject(new BadReplyError(`reply is not JSON (${e.message})`));
                    }
                });
            });
            const timer = setTimeout(() => fail(new APIConnectionTimeoutError()), timeoutMs);
            req.on("error", (e) => fail(new APIConnectionError({ message: "Connection error.", cause: e })));
            req.end(body);
        });
    }
    close() {
        this.agent.destroy();
    }
}
//# sourceMappingURL=http-transport.js.map