/**
 * Options of the OpenAI-compatible HTTP policy, and where unset ones come from: the options
 * first, then SWIRL_BASE_URL / SWIRL_API_KEY / SWIRL_MODEL, then the OpenAI client's usual
 * OPENAI_BASE_URL / OPENAI_API_KEY. A base URL variable may list several endpoints, comma
 * separated.
 */
import type { Prices } from "./http-usage.js";
import type { PolicyRequestError } from "../errors/policy-request-error.js";

export interface HttpEndpoint {
  /** e.g. "http://127.0.0.1:8000/v1". */
  readonly baseURL: string;
  /** Defaults to the policy's apiKey. */
  readonly apiKey?: string;
  /** Defaults to the policy's model. */
  readonly model?: string;
  /** Most requests in flight at this endpoint (default: only the global limit applies). */
  readonly maxConcurrency?: number;
}

export interface HttpPolicyOptions {
  /** Endpoints to balance over; a string is a base URL. Default: from the environment. */
  readonly endpoints?: readonly (string | HttpEndpoint)[];
  /** Shorthand for one endpoint. */
  readonly baseURL?: string;
  readonly apiKey?: string;
  /** Model name sent with each request; default SWIRL_MODEL, else the first id of GET /models. */
  readonly model?: string;
  /** Requests in flight over all endpoints (default 16). */
  readonly maxConcurrency?: number;
  /** Per-attempt timeout in ms (default 120 000). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 6). */
  readonly retries?: number;
  /** First backoff in ms, doubled per retry (default 500). */
  readonly baseDelayMs?: number;
  /** Cap on one backoff and on a server's Retry-After, in ms (default 60 000). */
  readonly maxDelayMs?: number;
  /** Ask for per-token log-probabilities (`logprobs: true`). */
  readonly logprobs?: boolean;
  /** Ask vLLM-style servers (and `swirl serve`) for token ids (`return_tokens_as_token_ids`). */
  readonly tokenIds?: boolean;
  /** Put the matched stop string back into the text, as the Policy contract wants (default true). */
  readonly keepStop?: boolean;
  /** Extra request body fields for server-specific options (e.g. vLLM's `top_k`). */
  readonly extraBody?: Readonly<Record<string, unknown>>;
  /** Per-1M-token prices for the cost column of usage. */
  readonly prices?: Prices;
  /** Usage label of requests made through this object (default "default"); see forStage(). */
  readonly stage?: string;
  /** Shown in Policy.name (default `http:${model}`). */
  readonly name?: string;
  /** Called with each failure as it happens (they are also kept in `failures`). */
  readonly onFailure?: (e: PolicyRequestError) => void;
  /** Most failures kept in the log (default 10 000; the counters keep counting). */
  readonly maxFailuresKept?: number;
  /** Cap on a reply body in bytes (default 1 MiB plus 4 KiB per requested token: room for log-probs). */
  readonly maxReplyBytes?: number;
  /** A reply's text may hold at most this many characters per requested token (default 128); longer is a bad reply. */
  readonly maxCharsPerToken?: number;
  /** Source of jitter (default Math.random), for reproducible tests. */
  readonly random?: () => number;
}

export interface ResolvedEndpoint {
  readonly baseURL: string;
  readonly apiKey: string;
  readonly model?: string;
  readonly maxInFlight: number;
}

export function resolveEndpoints(opts: HttpPolicyOptions, env: NodeJS.ProcessEnv = process.env): ResolvedEndpoint[] {
  const key = opts.apiKey ?? env.SWIRL_API_KEY ?? env.OPENAI_API_KEY ?? "EMPTY"; // local servers ignore it; the client insists on one
  const fromEnv = env.SWIRL_BASE_URL ?? env.OPENAI_BASE_URL;
  const list: (string | HttpEndpoint)[] = opts.endpoints
    ? [...opts.endpoints]
    : opts.baseURL
      ? [opts.baseURL]
      : fromEnv
        ? fromEnv.split(",").map((s) => s.trim()).filter(Boolean)
        : [];
  if (list.length === 0) throw new Error("http policy: no endpoint; pass baseURL/endpoints or set SWIRL_BASE_URL or OPENAI_BASE_URL");
  return list.map((e) => {
    const ep: HttpEndpoint = typeof e === "string" ? { baseURL: e } : e;
    const limit = ep.maxConcurrency ?? Infinity;
    if (!(limit >= 1)) throw new Error(`http policy: endpoint ${ep.baseURL}: maxConcurrency must be at least 1`);
    return { baseURL: ep.baseURL.replace(/\/+$/, ""), apiKey: ep.apiKey ?? key, model: ep.model ?? opts.model ?? env.SWIRL_MODEL, maxInFlight: limit };
  });
}
