/**
 * The OpenAI-compatible HTTP policy: any server speaking `POST /v1/chat/completions` (vLLM,
 * SGLang, llama.cpp server, Ollama, hosted APIs, `swirl serve`). Chat requests go over node:http(s)
 * keep-alive sockets (http-transport.ts: ~5× less CPU per request than the `openai` client's fetch
 * path) and fail with the `openai` client's error classes; the client itself asks GET /models. Several endpoints share one concurrency limit with least-busy balancing
 * (http-pool.ts); each attempt has a timeout; 429s, 5xx, timeouts and dropped connections are
 * retried with backoff (http-retry.ts). The client's own retries are off so that every failed
 * attempt passes through here and is recorded: `failures` holds them (as PolicyRequestError,
 * with endpoint and attempt), and nothing fails silently — a request either returns or throws
 * its last failure. Token usage is counted per stage label (http-usage.ts).
 *
 *   const policy = httpPolicy({ baseURL: "http://127.0.0.1:8000/v1", model: "m" });
 *   const judgePolicy = policy.forStage("judge"); // same servers and limits, usage counted apart
 */
import OpenAI from "openai";
import { PolicyRequestError } from "../errors/policy-request-error.js";
import type { Completion, CompletionRequest, Policy } from "./policy.js";
import { EndpointPool, type PoolMember } from "./http-pool.js";
import { backoffMs, classifyFailure, type FailureInfo, type RetryOptions } from "./http-retry.js";
import { resolveEndpoints, type HttpPolicyOptions, type ResolvedEndpoint } from "./http-options.js";
import { BadReplyError, toCompletion } from "./http-response.js";
import { ChatTransport } from "./http-transport.js";
import { UsageMeter, type StageUsage } from "./http-usage.js";

export type { HttpEndpoint, HttpPolicyOptions } from "./http-options.js";
export type { Prices, StageUsage } from "./http-usage.js";

interface Member extends PoolMember {
  readonly endpoint: ResolvedEndpoint;
  /** For GET /models only; chat requests go through `transport`. */
  readonly client: OpenAI;
  readonly transport: ChatTransport;
  /** The model name, asked of GET /models once when not configured. */
  model(): Promise<string>;
  /** The model name once known (saves an await per request). */
  modelName?: string;
}

/** Counters and logs shared by a policy and its forStage() views. */
interface Shared {
  readonly pool: EndpointPool<Member>;
  readonly meter: UsageMeter;
  readonly failures: PolicyRequestError[];
  readonly counts: { requests: number; failures: number; retries: number; gaveUp: number };
}

export class HttpPolicy implements Policy {
  readonly name: string;
  /** Usage label of requests made through this object. */
  readonly stage: string;
  private readonly retry: RetryOptions;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly shared: Shared;
  /** Body fields every request carries beyond the request's own (options, extraBody). */
  private readonly extra: Record<string, unknown>;

  constructor(private readonly opts: HttpPolicyOptions, shared?: Shared) {
    this.stage = opts.stage ?? "default";
    this.retry = { retries: opts.retries ?? 6, baseDelayMs: opts.baseDelayMs ?? 500, maxDelayMs: opts.maxDelayMs ?? 60_000 };
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.random = opts.random ?? Math.random;
    this.shared = shared ?? {
      pool: new EndpointPool(resolveEndpoints(opts).map((e) => member(e, this.timeoutMs, opts.maxConcurrency ?? 16)), opts.maxConcurrency ?? 16),
      meter: new UsageMeter(opts.prices),
      failures: [],
      counts: { requests: 0, failures: 0, retries: 0, gaveUp: 0 },
    };
    this.extra = { ...(opts.logprobs ? { logprobs: true } : {}), ...opts.extraBody, ...(opts.tokenIds ? { return_tokens_as_token_ids: true } : {}) };
    const first = this.shared.pool.members[0]!.endpoint;
    this.name = opts.name ?? `http:${first.model ?? first.baseURL}`;
  }

  /** A view that shares servers, limits and logs but counts usage under `stage`. */
  forStage(stage: string): HttpPolicy {
    return new HttpPolicy({ ...this.opts, stage, name: this.name }, this.shared);
  }

  /** Every failed attempt so far (oldest dropped past maxFailuresKept), retried or not. */
  get failures(): readonly PolicyRequestError[] {
    return this.shared.failures;
  }

  /** requests: calls of complete(); failures: failed attempts; retries: attempts repeated; gaveUp: calls that threw. */
  get counts(): Readonly<Shared["counts"]> {
    return { ...this.shared.counts };
  }

  /** Usage per stage label. */
  usage(): Record<string, StageUsage> {
    return this.shared.meter.byStage();
  }

  totalUsage(): StageUsage {
    return this.shared.meter.total();
  }

  /** Requests started per endpoint base URL (how the balancer spread the load). */
  startedPerEndpoint(): Record<string, number> {
    return Object.fromEntries(this.shared.pool.members.map((m) => [m.endpoint.baseURL, m.started]));
  }

  async complete(request: CompletionRequest): Promise<Completion> {
    const { pool, meter, counts } = this.shared;
    counts.requests++;
    for (let attempt = 1; ; attempt++) {
      const m = await pool.acquire();
      let failure: FailureInfo;
      let cause: unknown;
      try {
        const model = m.modelName ?? (await m.model());
        const cap = this.opts.maxReplyBytes ?? (1 << 20) + 4096 * request.maxTokens;
        const reply = await m.transport.complete(chatRequestJson(request, model, this.extra), this.timeoutMs, cap);
        const completion = toCompletion(reply, request.stop, this.opts.keepStop ?? true);
        // no tokenizer emits more than this per token: a longer text means a server that ignored max_tokens
        const maxChars = (this.opts.maxCharsPerToken ?? 128) * request.maxTokens + Math.max(0, ...request.stop.map((x) => x.length));
        if (completion.text.length > maxChars) throw new BadReplyError(`reply of ${completion.text.length} characters is longer than max_tokens ${request.maxTokens} could produce`);
        meter.add(this.stage, completion.promptTokens, completion.tokens);
        return completion;
      } catch (e) {
        failure = classifyFailure(e);
        cause = e;
      } finally {
        pool.release(m);
      }
      const willRetry = failure.retryable && attempt <= this.retry.retries;
      const error = new PolicyRequestError({ endpoint: m.endpoint.baseURL, attempt, status: failure.status, kind: failure.kind, stage: this.stage, willRetry, problem: failure.problem, cause });
      this.record(error);
      if (!willRetry) {
        counts.gaveUp++;
        throw error;
      }
      counts.retries++;
      // the slot is released while we wait, so other requests keep the servers busy
      await sleep(backoffMs(attempt, this.retry, this.random, failure.retryAfterMs));
    }
  }

  async close(): Promise<void> {
    // keep-alive sockets of the chat transport (shared with forStage views)
    for (const m of this.shared.pool.members) m.transport.close();
  }

  private record(e: PolicyRequestError): void {
    const s = this.shared;
    s.counts.failures++;
    s.failures.push(e);
    const keep = this.opts.maxFailuresKept ?? 10_000;
    if (s.failures.length > keep) s.failures.splice(0, s.failures.length - keep);
    this.opts.onFailure?.(e);
  }
}

export function httpPolicy(opts: HttpPolicyOptions = {}): HttpPolicy {
  return new HttpPolicy(opts);
}

function member(endpoint: ResolvedEndpoint, timeoutMs: number, maxConcurrency: number): Member {
  const client = new OpenAI({ baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, maxRetries: 0, timeout: timeoutMs });
  const sockets = Math.min(maxConcurrency, endpoint.maxInFlight);
  let model: Promise<string> | undefined = endpoint.model !== undefined ? Promise.resolve(endpoint.model) : undefined;
  const self: Member = {
    endpoint,
    client,
    transport: new ChatTransport(endpoint.baseURL, endpoint.apiKey, Number.isFinite(sockets) ? sockets : 16),
    inFlight: 0,
    started: 0,
    maxInFlight: endpoint.maxInFlight,
    model() {
      if (!model) {
        model = client.models.list({ timeout: timeoutMs, maxRetries: 0 }).then((page) => {
          const id = page.data[0]?.id;
          if (!id) throw new Error(`${endpoint.baseURL}/models lists no model; set the model name`);
          return (self.modelName = id);
        });
        // a failed lookup is retried on the next attempt rather than cached
        model.catch(() => (model = undefined));
      }
      return model;
    },
    modelName: endpoint.model,
  };
  return self;
}

/**
 * The JSON body of POST /chat/completions for `r` (endpoints may serve different model names, so
 * it is written per attempt). `extra` (log-probs, token ids, extraBody) may override any field
 * but the model.
 */
export function chatRequestJson(r: CompletionRequest, model: string, extra: Readonly<Record<string, unknown>>): string {
  const body: Record<string, unknown> = {
    messages: r.native ? r.native.messages : r.messages.map((m) => ({ role: m.role, content: m.content })),
    ...(r.native && r.native.tools.length > 0 ? { tools: r.native.tools } : {}),
    temperature: r.temperature,
    max_tokens: r.maxTokens,
  };
  if (r.stop.length > 0) body.stop = [...r.stop];
  if (r.seed !== undefined) body.seed = integerSeed(r.seed);
  if (r.topP !== undefined) body.top_p = r.topP;
  Object.assign(body, extra);
  body.model = model;
  return JSON.stringify(body);
}

/** OpenAI wants an integer seed; string seeds hash (FNV-1a) to a stable non-negative one. */
export function integerSeed(seed: number | string): number {
  if (typeof seed === "number") return Math.trunc(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return (h >>> 0) & 0x7fffffff;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
