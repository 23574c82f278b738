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
import { EndpointPool } from "./http-pool.js";
import { backoffMs, classifyFailure } from "./http-retry.js";
import { resolveEndpoints } from "./http-options.js";
import { toCompletion } from "./http-response.js";
import { ChatTransport } from "./http-transport.js";
import { UsageMeter } from "./http-usage.js";
export class HttpPolicy {
    opts;
    name;
    /** Usage label of requests made through this object. */
    stage;
    retry;
    timeoutMs;
    random;
    shared;
    /** Body fields every request carries beyond the request's own (options, extraBody). */
    extra;
    constructor(opts, shared) {
        this.opts = opts;
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
        const first = this.shared.pool.members[0].endpoint;
        this.name = opts.name ?? `http:${first.model ?? first.baseURL}`;
    }
    /** A view that shares servers, limits and logs but counts usage under `stage`. */
    forStage(stage) {
        return new HttpPolicy({ ...this.opts, stage, name: this.name }, this.shared);
    }
    /** Every failed attempt so far (oldest dropped past maxFailuresKept), retried or not. */
    get failures() {
        return this.shared.failures;
    }
    /** requests: calls of complete(); failures: failed attempts; retries: attempts repeated; gaveUp: calls that threw. */
    get counts() {
        return { ...this.shared.counts };
    }
    /** Usage per stage label. */
    usage() {
        return this.shared.meter.byStage();
    }
    totalUsage() {
        return this.shared.meter.total();
    }
    /** Requests started per endpoint base URL (how the balancer spread the load). */
    startedPerEndpoint() {
        return Object.fromEntries(this.shared.pool.members.map((m) => [m.endpoint.baseURL, m.started]));
    }
    async complete(request) {
        const { pool, meter, counts } = this.shared;
        counts.requests++;
        const body = this.body(request);
        for (let attempt = 1;; attempt++) {
            const m = await pool.acquire();
            let failure;
            let cause;
            try {
                body.model = m.modelName ?? (await m.model());
                const reply = await m.transport.complete(JSON.stringify(body), this.timeoutMs);
                const completion = toCompletion(reply, request.stop, this.opts.keepStop ?? true);
                meter.add(this.stage, completion.promptTokens, completion.tokens);
                return completion;
            }
            catch (e) {
                failure = classifyFailure(e);
                cause = e;
            }
            finally {
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
    async close() {
        // keep-alive sockets of the chat transport (shared with forStage views)
        for (const m of this.shared.pool.members)
            m.transport.close();
    }
    /** The request body; `model` is set per attempt (endpoints may serve different names). */
    body(r) {
        const body = {
            messages: r.messages.map((m) => ({ role: m.role, content: m.content })),
            temperature: r.temperature,
            max_tokens: r.maxTokens,
        };
        if (r.stop.length > 0)
            body.stop = [...r.stop];
        if (r.seed !== undefined)
            body.seed = integerSeed(r.seed);
        if (r.topP !== undefined)
            body.top_p = r.topP;
        return Object.assign(body, this.extra);
    }
    record(e) {
        const s = this.shared;
        s.counts.failures++;
        s.failures.push(e);
        const keep = this.opts.maxFailuresKept ?? 10_000;
        if (s.failures.length > keep)
            s.failures.splice(0, s.failures.length - keep);
        this.opts.onFailure?.(e);
    }
}
export function httpPolicy(opts = {}) {
    return new HttpPolicy(opts);
}
function member(endpoint, timeoutMs, maxConcurrency) {
    const client = new OpenAI({ baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, maxRetries: 0, timeout: timeoutMs });
    const sockets = Math.min(maxConcurrency, endpoint.maxInFlight);
    let model = endpoint.model !== undefined ? Promise.resolve(endpoint.model) : undefined;
    const self = {
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
                    if (!id)
                        throw new Error(`${endpoint.baseURL}/models lists no model; set the model name`);
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
/** OpenAI wants an integer seed; string seeds hash (FNV-1a) to a stable non-negative one. */
export function integerSeed(seed) {
    if (typeof seed === "number")
        return Math.trunc(seed);
    let h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++)
        h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    return (h >>> 0) & 0x7fffffff;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
//# sourceMappingURL=http.js.map