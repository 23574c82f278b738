/**
 * `swirl serve`: the embedded model behind an OpenAI-compatible API, so any OpenAI client (and
 * our own HTTP policy) can use it. `POST /v1/chat/completions` (JSON or, with `stream: true`,
 * Server-Sent Events; native tool calls), `GET /v1/models` and `GET /v1/models/{id}`; `GET
 * /health` answers without a token. Bound to 127.0.0.1 unless told otherwise: serving beyond the
 * machine is an explicit choice. With a token, every /v1 route wants `Authorization: Bearer …`.
 * Requests go through EmbeddedPolicy, so requests that arrive together decode as one batch.
 * node:http, no framework.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { EmbeddedPolicy } from "../policy/embedded.js";
import { chatCompletion, type ChatContext } from "./chat.js";
import { apiError, parseChatRequest } from "./schema.js";
import { presentsToken, readBody, sendJson, serveJson, type JsonServerOptions } from "../util/http-server.js";

export interface ServeOptions extends Omit<JsonServerOptions, "errorBody"> {
  readonly model: Model;
  readonly tokenizer: Tokenizer;
  /** When set, /v1 routes require `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Most sequences decoded in one batch (EmbeddedPolicy's maxBatch). */
  readonly maxBatch?: number;
  /** The id /v1/models lists and replies carry (default "swirl-embedded"). */
  readonly modelName?: string;
}

export interface RunningServe {
  /** e.g. "http://127.0.0.1:41234". */
  readonly url: string;
  /** `${url}/v1`, what an OpenAI client takes as its base URL. */
  readonly baseURL: string;
  readonly port: number;
  readonly modelName: string;
  /** Chat-completion requests answered with 200. */
  readonly served: () => number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 << 20;

export async function startServer(opts: ServeOptions): Promise<RunningServe> {
  const modelName = opts.modelName ?? "swirl-embedded";
  const ctx: ChatContext = {
    policy: new EmbeddedPolicy(opts.model, opts.tokenizer, { maxBatch: opts.maxBatch, name: modelName }),
    tokenizer: opts.tokenizer,
    contextLength: opts.model.config.contextLength,
    modelName,
  };
  const created = Math.floor(Date.now() / 1000);
  let served = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/health") return sendJson(res, 200, { ok: true, model: modelName });
    const modelPath = path.startsWith("/v1/models/") ? safeDecode(path.slice("/v1/models/".length)) : undefined;
    if (path !== "/v1/models" && path !== "/v1/chat/completions" && modelPath === undefined) return sendJson(res, 404, apiError(`no route ${path}`, "not_found_error"));
    if (!presentsToken(req, opts.token || undefined)) {
      res.setHeader("www-authenticate", "Bearer");
      return sendJson(res, 401, apiError("missing or wrong bearer token", "authentication_error"));
    }
    const card = { id: modelName, object: "model", created, owned_by: "swirl" };
    if (path === "/v1/models" || modelPath !== undefined) {
      if (req.method !== "GET") return sendJson(res, 405, apiError("use GET"));
      if (modelPath === undefined) return sendJson(res, 200, { object: "list", data: [card] });
      if (modelPath !== modelName) return sendJson(res, 404, apiError(`The model \`${modelPath}\` does not exist`, "invalid_request_error", "model", "model_not_found"));
      return sendJson(res, 200, card);
    }
    if (req.method !== "POST") return sendJson(res, 405, apiError("use POST"));
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (raw === undefined) return sendJson(res, 413, apiError(`request body over ${MAX_BODY_BYTES} bytes`));
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, apiError("body is not valid JSON"));
    }
    const parsed = parseChatRequest(json);
    if (!parsed.ok) return sendJson(res, 400, parsed.error);
    const out = await chatCompletion(ctx, parsed.value);
    if (out.status === 200) served++;
    if ("events" in out) return sendEvents(res, out.events);
    sendJson(res, out.status, out.body);
  }

  const { url, port, close } = await serveJson((req, res) => {
    handle(req, res).catch((e: unknown) => sendJson(res, 500, apiError((e as Error).message, "server_error")));
  }, { ...opts, errorBody: (message) => apiError(message) });
  return { url, baseURL: `${url}/v1`, port, modelName, served: () => served, close };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A Server-Sent Events reply: one `data:` line per event, then `data: [DONE]`, as OpenAI streams. */
function sendEvents(res: ServerResponse, events: readonly unknown[]): void {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  for (const e of events) res.write(`data: ${JSON.stringify(e)}\n\n`);
  res.end("data: [DONE]\n\n");
}


