/**
 * KV caches of finished generations, kept so that a conversation's next turn prefills only what
 * is new. A rollout's prompt at step k+1 is its prompt at step k, the action it just generated,
 * and the tool result: without this, every step recomputes the whole conversation (most of the
 * cost of a multi-step evaluation on this model). A lookup takes the entry sharing the longest
 * token prefix with the new prompt (a re-encoded action may differ from the sampled tokens, so
 * the match is by tokens, not by messages) and keeps only that shared part.
 *
 * Only for a model whose weights do not change while the cache lives: the keys and values of a
 * prefix are those of the weights that computed them.
 */
import { KVCache } from "./infer.js";
import type { Model } from "./model.js";

interface Entry {
  /** The tokens whose keys and values the cache holds (cache.length of them). */
  readonly ids: Int32Array;
  readonly cache: KVCache;
}

export class PrefixCache {
  /** In insertion order: the oldest is evicted first. */
  private entries: Entry[] = [];
  hits = 0;
  /** Prompt tokens that did not need a forward pass. */
  reusedTokens = 0;

  /** maxEntries bounds memory: each entry holds one sequence's keys and values. */
  constructor(readonly maxEntries = 256) {}

  /**
   * A cache for `prompt` with room for `capacity` positions, filled with the longest prefix of
   * `prompt` that a stored entry holds, and the number of positions filled; undefined when no
   * entry shares a first token. At least the prompt's last token is left to compute, so the
   * caller always gets its logits. An entry the prompt wholly extends (its conversation's next
   * turn) is handed over and leaves the store; one that shares only a part (another
   * conversation of the same question) is copied and stays.
   */
  take(model: Model, prompt: ArrayLike<number>, capacity: number): { cache: KVCache; reused: number } | undefined {
    let best = -1;
    let shared = 0;
    for (let e = 0; e < this.entries.length; e++) {
      const ids = this.entries[e]!.ids;
      const n = Math.min(ids.length, prompt.length - 1);
      let m = 0;
      while (m < n && ids[m] === prompt[m]) m++;
      if (m > shared) {
        best = e;
        shared = m;
      }
    }
    if (best < 0) return undefined;
    const entry = this.entries[best]!;
    let cache: KVCache;
    if (shared === entry.ids.length && entry.cache.capacity >= capacity) {
      this.entries.splice(best, 1);
      cache = entry.cache;
    } else {
      if (shared === entry.ids.length) this.entries.splice(best, 1);
      cache = new KVCache(model, capacity);
      const n = shared * (entry.cache.k[0]!.length / entry.cache.capacity);
      entry.cache.k.forEach((k, l) => cache.k[l]!.set(k.subarray(0, n)));
      entry.cache.v.forEach((v, l) => cache.v[l]!.set(v.subarray(0, n)));
    }
    cache.length = shared; // positions past the shared prefix are overwritten as the prompt is fed
    this.hits++;
    this.reusedTokens += shared;
    return { cache, reused: shared };
  }

  /** Keeps `cache`, which holds the keys and values of `ids` (its first cache.length tokens). */
  put(ids: ArrayLike<number>, cache: KVCache): void {
    if (cache.length === 0 || this.maxEntries === 0) return;
    this.entries.push({ ids: Int32Array.from({ length: cache.length }, (_, i) => ids[i]!), cache });
    if (this.entries.length > this.maxEntries) this.entries.shift();
  }

  get size(): number {
    return this.entries.length;
  }
}
