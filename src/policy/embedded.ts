/**
 * The embedded policy: the project's own model in process. Requests that arrive while the model
 * is busy (or in the same tick) are decoded together as one ragged batch, so many rollouts in
 * flight share every matrix product. Each request's seed gives it its own sampling stream, so
 * results do not depend on how requests were batched.
 */
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { renderPrompt } from "../model/chat.js";
import { generate } from "../model/generate.js";
import { PrefixCache } from "../model/prefix-cache.js";
import type { Completion, CompletionRequest, Policy } from "./policy.js";
import { ContextLengthError } from "../errors/context-length-error.js";

interface Pending {
  readonly request: CompletionRequest;
  readonly resolve: (c: Completion) => void;
  readonly reject: (e: Error) => void;
}

export interface EmbeddedPolicyOptions {
  /** Most sequences decoded at once. */
  readonly maxBatch?: number;
  readonly name?: string;
  /**
   * Keep the keys and values of finished completions (the last 2 × maxBatch: every rollout of a
   * full batch, with room to spare), so that a conversation's next turn prefills only its new
   * tokens (model/prefix-cache.ts). Off by default: only for a model whose weights do not change
   * while this policy serves it (not during training).
   */
  readonly prefixCache?: boolean;
}

export class EmbeddedPolicy implements Policy {
  readonly name: string;
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly maxBatch: number;
  /** Completions served (a cheap progress / bench counter). */
  served = 0;

  constructor(readonly model: Model, readonly tokenizer: Tokenizer, opts: EmbeddedPolicyOptions = {}) {
    this.maxBatch = opts.maxBatch ?? 64;
    this.name = opts.name ?? "embedded";
    if (opts.prefixCache) this.prefixCache = new PrefixCache(2 * this.maxBatch);
  }

  /** Stored prefixes (hits, reused tokens), when enabled. */
  readonly prefixCache?: PrefixCache;

  complete(request: CompletionRequest): Promise<Completion> {
    // the model writes the markup; `swirl serve` maps it to tool calls for native-format clients
    if (request.native) return Promise.reject(new Error("the embedded policy writes the markup format; for native tool calls, serve it with `swirl serve` and use an HTTP policy"));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    // requests with the same decoding settings share one generate call
    const groups = new Map<string, Pending[]>();
    for (const p of batch) {
      const r = p.request;
      const key = JSON.stringify([r.temperature, r.maxTokens, r.stop, r.topP ?? 1]);
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) this.run(group);
  }

  private run(group: Pending[]): void {
    const tok = this.tokenizer;
    const ctx = this.model.config.contextLength;
    const ok: { p: Pending; ids: Int32Array }[] = [];
    for (const p of group) {
      const ids = renderPrompt(tok, p.request.messages);
      if (ids.length >= ctx) p.reject(new ContextLengthError(ids.length, ctx));
      else ok.push({ p, ids });
    }
    if (ok.length === 0) return;
    const r = ok[0].p.request;
    try {
      const gens = generate(this.model, tok, ok.map((o) => o.ids), {
        maxNewTokens: r.maxTokens,
        temperature: r.temperature,
        topP: r.topP ?? 1,
        stop: r.stop,
        stopTokens: [tok.end],
        seeds: ok.map((o, i) => o.p.request.seed ?? `batch:${this.served + i}`),
        prefixCache: this.prefixCache,
      });
      gens.forEach((g, i) => {
        this.served++;
        ok[i].p.resolve({
          text: g.text,
          tokens: g.ids.length,
          promptTokens: ok[i].ids.length,
          logprobs: g.logprobs,
          tokenIds: g.ids,
          finish: g.finish,
        });
      });
    } catch (e) {
      for (const o of ok) o.p.reject(e as Error);
    }
  }
}
