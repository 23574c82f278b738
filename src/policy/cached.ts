/**
 * A Policy that remembers its completions, keyed by the content hash of the request (messages,
 * temperature, max tokens, stop strings, seed, top-p) and the policy's identity. Rollouts are
 * deterministic given completions and tools, so a resumed `generate` replays the finished steps
 * of a killed trajectory from this cache and pays only for the steps never answered.
 * Identical requests in flight at once share one call.
 */
import { contentHash, type KeyValueStore } from "../run/kv.js";
import type { Completion, CompletionRequest, Policy } from "./policy.js";

export interface CachedPolicyOptions {
  /**
   * Identity of the model behind the policy, part of every key (default: the policy's name).
   * Give something that changes with the weights (a checkpoint path, a model name) so a new
   * model never replays an old one's completions.
   */
  readonly identity?: string;
}

export interface CachedPolicy extends Policy {
  /** Completions served from the cache. */
  readonly hits: number;
  /** Completions the inner policy was asked for. */
  readonly misses: number;
}

export function requestKey(identity: string, r: CompletionRequest): string {
  return contentHash({ policy: identity, messages: r.messages, temperature: r.temperature, maxTokens: r.maxTokens, stop: r.stop, seed: r.seed, topP: r.topP });
}

export function cachedPolicy(inner: Policy, store: KeyValueStore<Completion>, opts: CachedPolicyOptions = {}): CachedPolicy {
  const identity = opts.identity ?? inner.name;
  const inFlight = new Map<string, Promise<Completion>>();
  const stats = { hits: 0, misses: 0 };
  const call = async (key: string, request: CompletionRequest): Promise<Completion> => {
    stats.misses++;
    const c = await inner.complete(request);
    await store.set(key, c); // on disk before anyone sees it: a kill after this costs nothing
    return c;
  };
  return {
    name: inner.name,
    get hits() {
      return stats.hits;
    },
    get misses() {
      return stats.misses;
    },
    complete(request: CompletionRequest): Promise<Completion> {
      const key = requestKey(identity, request);
      const known = store.get(key);
      if (known !== undefined) {
        stats.hits++;
        return Promise.resolve(known);
      }
      let p = inFlight.get(key);
      if (!p) {
        p = call(key, request).finally(() => inFlight.delete(key));
        inFlight.set(key, p);
      }
      return p;
    },
    close: inner.close ? () => inner.close!() : undefined,
  };
}
