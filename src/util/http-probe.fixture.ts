/**
 * Test helpers: raw HTTP requests with any Host and Content-Type (fetch may not set Host), and the
 * check every server here must pass against requests a web page can make a browser send.
 */
import { request } from "node:http";
import assert from "node:assert/strict";

export interface RawReply {
  readonly status: number;
  readonly json: unknown;
}

export function rawRequest(url: string, opts: { method?: string; host?: string; contentType?: string; body?: string; headers?: Record<string, string> } = {}): Promise<RawReply> {
  const u = new URL(url);
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.host !== undefined) headers.host = opts.host;
  if (opts.contentType !== undefined) headers["content-type"] = opts.contentType;
  return new Promise((resolve, reject) => {
    const req = request({ hostname: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

/** The error message of a JSON error body, whether `{error: "…"}` or OpenAI's `{error: {message}}`. */
export function errorText(json: unknown): string {
  const e = (json as { error?: unknown } | undefined)?.error;
  return typeof e === "string" ? e : String((e as { message?: unknown } | undefined)?.message ?? JSON.stringify(json));
}

/**
 * POSTs `body` to `url` as a web page could (text/plain, a form, no type; a foreign Host) and
 * checks each is refused with a JSON error; the same body as JSON under loopback names is not.
 */
export async function assertRefusesWebPages(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const port = new URL(url).port;
  for (const contentType of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined]) {
    const r = await rawRequest(url, { method: "POST", contentType, body, headers });
    assert.equal(r.status, 415, `Content-Type ${contentType ?? "(none)"}: ${JSON.stringify(r.json)}`);
    assert.match(errorText(r.json), /Content-Type must be application\/json/);
  }
  for (const host of ["evil.example", `evil.example:${port}`, "127.0.0.1.evil.example", `localhost.evil:${port}`]) {
    const r = await rawRequest(url, { method: "POST", host, contentType: "application/json", body, headers });
    assert.equal(r.status, 403, `Host ${host}: ${JSON.stringify(r.json)}`);
    assert.match(errorText(r.json), /DNS rebinding/);
  }
  for (const host of ["localhost", `localhost:${port}`, `127.0.0.1:${port}`, "127.0.0.1", `[::1]:${port}`, "LOCALHOST"]) {
    const r = await rawRequest(url, { method: "POST", host, contentType: "application/json; charset=utf-8", body, headers });
    assert.ok(r.status !== 403 && r.status !== 415, `Host ${host}: ${r.status} ${JSON.stringify(r.json)}`);
  }
}
