/**
 * A scriptable OpenAI-compatible server for tests and benches: the handler decides, per request,
 * to answer, fail with a status (and headers such as Retry-After), answer late, or drop the
 * connection. It counts calls and the most requests it held at once. Not for production use.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  /** Parsed JSON body. */
  readonly body: { messages?: { role: string; content: string }[]; seed?: number; [k: string]: unknown };
  /** 0-based arrival number at this server. */
  readonly index: number;
}

export type FakeAction =
  | { readonly reply: string; readonly promptTokens?: number; readonly completionTokens?: number; readonly finish?: "stop" | "length"; readonly stopReason?: string | null; readonly logprobs?: { token: string; logprob: number }[]; readonly delayMs?: number }
  | { readonly status: number; readonly headers?: Record<string, string>; readonly delayMs?: number }
  | { readonly drop: true }
  /** A 200 with this body as is (malformed JSON, an oversize reply); a `declaredLength` beyond it sends the body and then cuts the connection (truncated). */
  | { readonly raw: string; readonly declaredLength?: number }
  /** Never answers; `onClose` runs when the client gives up (or dies). */
  | { readonly hang: true; readonly onClose?: () => void };

export interface FakeServer {
  readonly baseURL: string;
  /** Chat requests received (including the ones that failed). */
  calls: number;
  /** Most chat requests being handled at the same time. */
  maxConcurrent: number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(handler: (r: FakeRequest) => FakeAction | Promise<FakeAction>, model = "fake-model"): Promise<FakeServer> {
  let concurrent = 0;
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(() => (timers.delete(t), resolve()), ms);
    timers.add(t);
  });
  const state: FakeServer = { baseURL: "", calls: 0, maxConcurrent: 0, close: async () => {} };
  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? "").split("?")[0];
      if (req.method === "GET" && path === "/v1/models") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ object: "list", data: [{ id: model, object: "model", created: 0, owned_by: "test" }] }));
        return;
      }
      const body = JSON.parse(await readAll(req)) as FakeRequest["body"];
      const index = state.calls++;
      concurrent++;
      state.maxConcurrent = Math.max(state.maxConcurrent, concurrent);
      try {
        const a = await handler({ body, index });
        if ("drop" in a) return void req.socket.destroy();
        if ("hang" in a) return void res.once("close", () => a.onClose?.());
        if ("raw" in a) {
          const bytes = Buffer.byteLength(a.raw);
          res.writeHead(200, { "content-type": "application/json", "content-length": String(a.declaredLength ?? bytes) });
          if ((a.declaredLength ?? bytes) > bytes) return void res.write(a.raw, () => res.destroy());
          return void res.end(a.raw);
        }
        if (a.delayMs) await wait(a.delayMs);
        if (res.destroyed) return;
        if ("status" in a) {
          res.writeHead(a.status, { "content-type": "application/json", ...a.headers }).end(JSON.stringify({ error: { message: `injected ${a.status}`, type: "test" } }));
          return;
        }
        const choice = {
          index: 0,
          message: { role: "assistant", content: a.reply },
          finish_reason: a.finish ?? "stop",
          logprobs: a.logprobs ? { content: a.logprobs.map((t) => ({ ...t, bytes: null, top_logprobs: [] })) } : null,
          ...(a.stopReason !== undefined ? { stop_reason: a.stopReason } : {}),
        };
        const usage = { prompt_tokens: a.promptTokens ?? 10, completion_tokens: a.completionTokens ?? 5, total_tokens: (a.promptTokens ?? 10) + (a.completionTokens ?? 5) };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `c${index}`, object: "chat.completion", created: 0, model, choices: [choice], usage }));
      } finally {
        concurrent--;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
