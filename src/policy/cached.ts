/**
 * A Policy that remembers its completions, keyed by the content hash of the request (messages,
 * temperature, max tokens, stop strings, seed, top-p) and the policy's identity. Rollouts are
 * deterministic given completions and tools, so a resumed `generate` replays the finished steps
 * of a killed trajectory from this cache and pays only for the steps never answered.
 * Identical requests in flight at once share one call.
 */
import { canonicalJson, sha256Hex, type KeyValueStore } from "../run/kv.js";
import type { Message } from "../types.js";
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

/**
 * contentHash({ policy, messages, native, temperature, maxTokens, stop, seed, topP }) of the request, with
 * the canonical JSON written out in its sorted key order rather than by the general walk (this
 * runs on every request). The bytes are the same, so older run caches still replay.
 */
export function requestKey(identity: string, r: CompletionRequest): string {
  return sha256Hex(requestKeyJson(identity, r));
}

/** canonicalJson of the key object; see requestKey. */
function requestKeyJson(identity: string, r: CompletionRequest): string {
  let s = field("", "maxTokens", r.maxTokens);
  s = `${s}${s === "" ? "{" : ","}"messages":${messagesJson(r.messages)}`;
  s = field(s, "native", r.native);
  s = field(s, "policy", identity);
  s = field(s, "seed", r.seed);
  s = field(s, "stop", r.stop);
  s = field(s, "temperature", r.temperature);
  s = field(s, "topP", r.topP);
  return `${s}}`;
}

/** Appends `"name":value` as canonicalJson would (undefined leaves it out). */
function field(s: string, name: string, value: unknown): string {
  return value === undefined ? s : `${s}${s === "" ? "{" : ","}"${name}":${canonicalJson(value)}`;
}

function messagesJson(ms: readonly Message[]): string {
  let s = "[";
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Message;
    s += i > 0 ? "," : "";
    // a plain { role, content } of strings, keys in canonical order; anything else the general way
    const keys = typeof m === "object" && m !== null ? Object.keys(m) : [];
    const plain = keys.length === 2 && typeof m.role === "string" && typeof m.content === "string" && (keys[0] === "role" ? keys[1] === "content" : keys[0] === "content" && keys[1] === "role");
    s += plain ? `{"content":${JSON.stringify(m.content)},"role":${JSON.stringify(m.role)}}` : canonicalJson(m);
  }
  return `${s}]`;
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
