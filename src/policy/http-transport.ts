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
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import { BadReplyError } from "./http-response.js";

export class ChatTransport {
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
  /** Fixed request options; only the headers array changes per request. */
  private readonly target: { host: string; port: string; path: string; method: "POST"; agent: HttpAgent };
  /** Headers as a flat [name, value, …] list: node stores it as is, with no per-header setHeader(). */
  private readonly fixedHeaders: readonly string[];

  constructor(baseURL: string, apiKey: string, maxSockets: number) {
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

  /**
   * POSTs `body` (already JSON) and resolves with the parsed 2xx reply; rejects as described
   * above. A reply body over `maxBytes` (by its content-length, or as it arrives) is refused
   * without being read further: a BadReplyError, so it is recorded and retried like other bad replies.
   */
  complete(body: string, timeoutMs: number, maxBytes = Infinity): Promise<ChatCompletion> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        reject(e);
      };
      const headers = [...this.fixedHeaders, "content-length", String(Buffer.byteLength(body))];
      const req = this.send({ ...this.target, headers }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        const declared = Number(res.headers["content-length"] ?? NaN);
        if (declared > maxBytes) return fail(new BadReplyError(`reply body of ${declared} bytes exceeds the cap of ${maxBytes}`));
        res.on("data", (c: Buffer) => {
          bytes += c.length;
          if (bytes > maxBytes) return fail(new BadReplyError(`reply body exceeds the cap of ${maxBytes} bytes`));
          chunks.push(c);
        });
        res.on("error", (e) => fail(new APIConnectionError({ message: "Connection error.", cause: e })));
        res.on("aborted", () => fail(new APIConnectionError({ message: "Connection error.", cause: new Error("response aborted") })));
        res.on("end", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
            // the whole body, as the openai client passes it: generate() takes its `error` member itself
            reject(APIError.generate(status, json as object | undefined, json === undefined ? text : undefined, headers));
            return;
          }
          try {
            resolve(JSON.parse(text) as ChatCompletion);
          } catch (e) {
            reject(new BadReplyError(`reply is not JSON (${(e as Error).message})`));
          }
        });
      });
      const timer = setTimeout(() => fail(new APIConnectionTimeoutError()), timeoutMs);
      req.on("error", (e) => fail(new APIConnectionError({ message: "Connection error.", cause: e })));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
