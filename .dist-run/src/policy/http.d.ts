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
import { type HttpPolicyOptions, type ResolvedEndpoint } from "./http-options.js";
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
    readonly counts: {
        requests: number;
        failures: number;
        retries: number;
        gaveUp: number;
    };
}
export declare class HttpPolicy implements Policy {
    private readonly opts;
    readonly name: string;
    /** Usage label of requests made through this object. */
    readonly stage: string;
    private readonly retry;
    private readonly timeoutMs;
    private readonly random;
    private readonly shared;
    /** Body fields every request carries beyond the request's own (options, extraBody). */
    private readonly extra;
    constructor(opts: HttpPolicyOptions, shared?: Shared);
    /** A view that shares servers, limits and logs but counts usage under `stage`. */
    forStage(stage: string): HttpPolicy;
    /** Every failed attempt so far (oldest dropped past maxFailuresKept), retried or not. */
    get failures(): readonly PolicyRequestError[];
    /** requests: calls of complete(); failures: failed attempts; retries: attempts repeated; gaveUp: calls that threw. */
    get counts(): Readonly<Shared["counts"]>;
    /** Usage per stage label. */
    usage(): Record<string, StageUsage>;
    totalUsage(): StageUsage;
    /** Requests started per endpoint base URL (how the balancer spread the load). */
    startedPerEndpoint(): Record<string, number>;
    complete(request: CompletionRequest): Promise<Completion>;
    close(): Promise<void>;
    /** The request body; `model` is set per attempt (endpoints may serve different names). */
    private body;
    private record;
}
export declare function httpPolicy(opts?: HttpPolicyOptions): HttpPolicy;
/** OpenAI wants an integer seed; string seeds hash (FNV-1a) to a stable non-negative one. */
export declare function integerSeed(seed: number | string): number;
