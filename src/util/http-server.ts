/**
 * The small pieces every JSON-over-HTTP service here shares (serve, reward server, retrieval
 * server): create and listen with limits and the cross-site guard, read a body with a size cap,
 * check a token, send JSON, close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces, hostname } from "node:os";
import { createHash, timingSafeEqual } from "node:crypto";

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Connection and timing limits, so slow or piled-up clients cannot starve the others. */
export interface ServerLimits {
  /** Open connections at once; more are closed on arrival. */
  readonly maxConnections: number;
  /** Time to receive the request headers. */
  readonly headersTimeoutMs: number;
  /** Time to receive the whole request (headers and body). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = { maxConnections: 512, headersTimeoutMs: 10_000, requestTimeoutMs: 120_000 };

/** How a server words an error body (serve answers OpenAI's `{error: {message, …}}`). */
export type ErrorBody = (message: string) => unknown;
const plainError: ErrorBody = (message) => ({ error: message });

export interface JsonServerOptions {
  /** Default 127.0.0.1: serving beyond the machine is an explicit choice. */
  readonly host?: string;
  /** 0 lets the OS choose a free port. */
  readonly port?: number;
  /** Host names clients may use besides loopback names and the bound address (e.g. a DNS name of this machine). */
  readonly allowedHosts?: readonly string[];
  readonly errorBody?: ErrorBody;
  readonly limits?: Partial<ServerLimits>;
}

/**
 * A node:http server that runs `handle` only for requests that pass `guard`, listening with
 * `limits`. The handler's own errors are its to answer.
 */
export async function serveJson(handle: (req: IncomingMessage, res: ServerResponse) => void, opts: JsonServerOptions = {}): Promise<Listening> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const errorBody = opts.errorBody ?? plainError;
  const host = opts.host ?? "127.0.0.1";
  const allowed = allowedHosts(host, opts.allowedHosts ?? []);
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // how often the timeouts are checked (Node's default, 30 s, would make them much longer)
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  }, (req, res) => {
    if (guard(req, res, allowed, errorBody)) handle(req, res);
  });
  server.maxConnections = limits.maxConnections;
  return listen(server, host, opts.port ?? 0);
}

export async function listen(server: Server, host = "127.0.0.1", port = 0): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  const h = a.family === "IPv6" ? `[${a.address}]` : a.address;
  return {
    url: `http://${h}:${a.port}`,
    port: a.port,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}

const LOOPBACK = ["localhost", "127.0.0.1", "::1"];
const WILDCARD = new Set(["0.0.0.0", "::", ""]);

/**
 * Names a client of this server may put in `Host`: loopback names, the bound address, and when
 * bound to every interface, each interface's address and the machine's name.
 */
export function allowedHosts(bound: string, extra: readonly string[]): ReadonlySet<string> {
  const names = [...LOOPBACK, bound, ...extra];
  if (WILDCARD.has(bound)) {
    names.push(hostname());
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.push(i.address);
  }
  return new Set(names.map((n) => n.toLowerCase().replace(/^\[(.*)\]$/, "$1")));
}

/** The host name of a Host header, without port or IPv6 brackets. */
export function hostOf(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") >>> 0);
  const colon = h.indexOf(":");
  return colon < 0 ? h : h.slice(0, colon);
}

/**
 * Answers and returns false for what a web page could make a browser send: a Host this server
 * does not go by (a DNS-rebinding page reaching 127.0.0.1 under its own name), or a POST body
 * that is not declared JSON (text/plain and forms are sent cross-site without a preflight).
 */
export function guard(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>, errorBody: ErrorBody = plainError): boolean {
  const host = req.headers.host;
  if (host !== undefined && !allowed.has(hostOf(host))) {
    sendJson(res, 403, errorBody(`Host "${host}" is not a name of this server (refused against DNS rebinding); use its address or localhost, or allow the name with --allow-host`));
    return false;
  }
  if (req.method === "POST" || req.method === "PUT" || req.method === "PATCH") {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") {
      sendJson(res, 415, errorBody(`Content-Type must be application/json, not ${type === "" ? "(none)" : JSON.stringify(type)}`));
      req.resume(); // drain the body, so the reply goes out on a clean connection
      return false;
    }
  }
  return true;
}

/** The request body as text, or undefined when it is over `max` bytes (the rest is drained, not kept). */
export function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    req.on("end", () => resolve(size > max ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Fixed-length digests, so the comparison takes the same time whatever was sent. */
const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

/**
 * Whether the request presents `token`: as `Authorization: Bearer <token>`, or, with
 * `queryParam`, as `?token=<token>` (for clients that send no headers). No token: always true.
 */
export function presentsToken(req: IncomingMessage, token: string | undefined, queryParam = false): boolean {
  if (token === undefined) return true;
  const header = req.headers.authorization ?? "";
  let given = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (given === "" && queryParam) given = new URL(req.url ?? "/", "http://localhost").searchParams.get("token") ?? "";
  return timingSafeEqual(digest(given), digest(token));
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
