/**
 * `swirl reward-server`: SWiRL's stage-2 reward over HTTP, so an external RL engine's workers
 * can score the actions their policy samples. node:http, no framework.
 *   POST /get_reward  OpenRLHF's remote reward protocol: {query: string[], prompts: string[],
 *                     labels: string[]} → {rewards: float[], scores: float[]}; labels are
 *                     state ids (see recover.ts for how the action is cut out of each query)
 *   POST /score       {state_id, action} or {messages, action, example_id?, question?}
 *                     → {reward, label, rationale}; the action is cut like a recovered one
 *   GET  /health      {ok, states, judge}
 * Bound to 127.0.0.1 unless told otherwise; with a token, every request must carry
 * `Authorization: Bearer <token>` or `?token=<token>` (OpenRLHF's client sends no headers, but
 * its --remote_rm_url may carry a query string).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BadRequest, Scorer, type ScorerOptions, type ScoreRequest } from "./scorer.js";
import { RecoverError, recoverAction, trimAction } from "./recover.js";
import { z } from "zod";
import { JudgeError } from "../errors/judge-error.js";
import { MessageSchema, recordParser } from "../run/records.js";
import { presentsToken, readBody, sendJson, serveJson, type JsonServerOptions } from "../util/http-server.js";

export interface RewardServerOptions extends ScorerOptions, Omit<JsonServerOptions, "errorBody"> {
  /** When set, requests must present it (bearer header or `token` query parameter). */
  readonly token?: string;
  /** Stop strings at which a recovered action is cut (default: every closing tag). */
  readonly stop?: readonly string[];
  /** Largest request body (default 32 MiB: a batch of long contexts). */
  readonly maxBodyBytes?: number;
  /** Most samples in one /get_reward request (default 4096). */
  readonly maxBatch?: number;
}

export interface RunningRewardServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export async function startRewardServer(opts: RewardServerOptions): Promise<RunningRewardServer> {
  const scorer = new Scorer(opts);
  const maxBody = opts.maxBodyBytes ?? 32 << 20;
  const maxBatch = opts.maxBatch ?? 4096;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!presentsToken(req, opts.token, true)) return sendJson(res, 401, { error: "missing or wrong bearer token" });
    if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { ok: true, states: scorer.states, judge: opts.judge.name });
    if (url.pathname !== "/get_reward" && url.pathname !== "/score") return sendJson(res, 404, { error: "not found; use POST /get_reward or POST /score" });
    if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" });
    const body = await readBody(req, maxBody);
    if (body === undefined) return sendJson(res, 413, { error: `request body larger than ${maxBody} bytes` });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { error: "body is not JSON" });
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return sendJson(res, 400, { error: "body must be a JSON object" });
    const b = parsed as Record<string, unknown>;
    if (url.pathname === "/score") {
      const s = await scorer.score(scoreRequest(b, opts.stop));
      return sendRawJson(res, `{"reward":${floatJson(s.reward)},"label":${JSON.stringify(s.label)},"rationale":${JSON.stringify(s.rationale)}}`);
    }

    // OpenRLHF: one reward per query, in order
    const { query, prompts, labels } = b;
    if (!isStringList(query)) throw new BadRequest("query must be a list of strings (prompt + response)");
    if (query.length > maxBatch) throw new BadRequest(`at most ${maxBatch} queries per request`);
    if (!isStringList(prompts) || prompts.length !== query.length) throw new BadRequest("prompts must be a list of strings, one per query");
    if (!isStringList(labels) || labels.length !== query.length) {
      throw new BadRequest("labels must be a list of state ids, one per query (export with `swirl export`, train with --label_key label)");
    }
    const requests = query.map((q, i) => {
      try {
        return { stateId: labels[i]!, action: recoverAction(q, prompts[i]!, opts.stop) };
      } catch (e) {
        if (e instanceof RecoverError) throw new BadRequest(`query ${i}: ${e.message}`);
        throw e;
      }
    });
    for (const r of requests) scorer.resolve(r); // every state known before any judge call is paid for
    const rewards = await Promise.all(requests.map(async (r) => (await scorer.score(r)).reward));
    const list = `[${rewards.map(floatJson).join(",")}]`;
    sendRawJson(res, `{"rewards":${list},"scores":${list}}`);
  }

  return serveJson((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof BadRequest) sendJson(res, 400, { error: e.message });
      else if (JudgeError.isInstance(e) && e.problem === "not_applicable") sendJson(res, 422, { error: e.message }); // never a silent 0
      else sendJson(res, 502, { error: `judge failed: ${(e as Error).message}` });
    });
  }, opts);
}

/** A number as JSON that Python reads as a float (`1.0`, not `1`): OpenRLHF builds a float tensor from the list. */
export function floatJson(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`reward ${x} is not a finite number`);
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

function sendRawJson(res: ServerResponse, text: string): void {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const parseMessagesField = recordParser(z.object({ messages: z.array(MessageSchema) }));

/** /score's body → a ScoreRequest, or BadRequest naming the field. */
function scoreRequest(b: Record<string, unknown>, stop: readonly string[] | undefined): ScoreRequest {
  if (typeof b.action !== "string") throw new BadRequest("action must be a string");
  if (b.state_id !== undefined && typeof b.state_id !== "string") throw new BadRequest("state_id must be a string");
  if (b.example_id !== undefined && typeof b.example_id !== "string") throw new BadRequest("example_id must be a string");
  if (b.question !== undefined && typeof b.question !== "string") throw new BadRequest("question must be a string");
  let messages;
  if (b.messages !== undefined) {
    try {
      messages = parseMessagesField({ messages: b.messages }, "request", 0).messages;
    } catch (e) {
      throw new BadRequest((e as Error).message.replace(/^request:0: /, ""));
    }
  }
  return { stateId: b.state_id as string | undefined, messages, exampleId: b.example_id as string | undefined, question: b.question as string | undefined, action: trimAction(b.action, stop) };
}


