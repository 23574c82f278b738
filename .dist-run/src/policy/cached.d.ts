/**
 * A Policy that remembers its completions, keyed by the content hash of the request (messages,
 * temperature, max tokens, stop strings, seed, top-p) and the policy's identity. Rollouts are
 * deterministic given completions and tools, so a resumed `generate` replays the finished steps
 * of a killed trajectory from this cache and pays only for the steps never answered.
 * Identical requests in flight at once share one call.
 */
import { type KeyValueStore } from "../run/kv.js";
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
 * contentHash({ policy, messages, temperature, maxTokens, stop, seed, topP }) of the request, with
 * the canonical JSON written out in its sorted key order rather than by the general walk (this
 * runs on every request). The bytes are the same, so older run caches still replay.
 */
export declare function requestKey(identity: string, r: CompletionRequest): string;
export declare function cachedPolicy(inner: Policy, store: KeyValueStore<Completion>, opts?: CachedPolicyOptions): CachedPolicy;
