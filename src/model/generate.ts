/**
 * Batched generation: prefill every prompt into its own KV cache, then decode all unfinished
 * sequences together, one token each per step. Each sequence has its own seeded RNG, so a
 * sequence samples the same tokens alone or in any batch. A sequence stops at a stop string
 * (kept, text cut right after it), at a stop token (e.g. end of turn), or at maxNewTokens.
 */
import { Rng } from "../util/random.js";
import { KVCache, forwardChunks, type Chunk } from "./infer.js";
import type { Model } from "./model.js";
import { sampleToken, type SamplingOptions } from "./sample.js";
import { StopStringMatcher, type StopTokenizer } from "./chat-stop.js";
import type { PrefixCache } from "./prefix-cache.js";

export interface GenerateOptions extends Partial<SamplingOptions> {
  readonly maxNewTokens: number;
  /** Text that ends a sequence (kept in the output), e.g. "</search_query>". */
  readonly stop?: readonly string[];
  /** Token ids that end a sequence (not included in the text), e.g. the end-of-turn token. */
  readonly stopTokens?: readonly number[];
  readonly seed?: number | string;
  /** One seed per prompt (overrides `seed`), so a request samples the same in any batch. */
  readonly seeds?: readonly (number | string)[];
  /**
   * Keys and values of earlier generations to start from (a conversation's next turn prefills
   * only its new tokens); the finished sequences are stored back. Only while the weights do not change.
   */
  readonly prefixCache?: PrefixCache;
}

export interface Generation {
  /** Generated token ids (including a stop token if one ended it). */
  readonly ids: number[];
  /** Decoded text of the generated ids, cut right after the stop string when one matched. */
  readonly text: string;
  /** log π(token) under the model at temperature 1, one per id. */
  readonly logprobs: number[];
  readonly finish: "stop" | "length";
}

/** What generation needs of a tokenizer: whole-text decoding and the bytes of each token. */
export interface Detokenizer extends StopTokenizer {
  decode(ids: ArrayLike<number>): string;
}

export function generate(model: Model, tok: Detokenizer, prompts: readonly ArrayLike<number>[], opts: GenerateOptions): Generation[] {
  const sampling: SamplingOptions = { temperature: opts.temperature ?? 1, topK: opts.topK ?? 0, topP: opts.topP ?? 1 };
  const stops = opts.stop ?? [];
  const stopTokens = new Set(opts.stopTokens ?? []);
  const seqs = prompts.map((p, i) => ({
    // room for the prompt and the longest answer only: most prompts are far shorter than the context
    capacity: Math.min(model.config.contextLength, p.length + opts.maxNewTokens),
    cache: null as KVCache | null, // made (or taken from the prefix cache) at prefill
    rng: new Rng(opts.seeds?.[i] ?? `${opts.seed ?? 0}:${i}`),
    ids: [] as number[],
    logprobs: [] as number[],
    text: "",
    // incremental: each new token costs O(longest stop string), not a decode of the whole text
    stops: new StopStringMatcher(tok, stops),
    finish: null as Generation["finish"] | null,
    room: Math.min(opts.maxNewTokens, model.config.contextLength - p.length),
  }));
  if (seqs.some((s) => s.room < 0)) throw new Error(`generate: a prompt is longer than the context (${model.config.contextLength})`);

  let active = seqs.map((_, i) => i);
  active = active.filter((i) => {
    if (seqs[i].room > 0) return true;
    seqs[i].finish = "length";
    return false;
  });
  const V = model.config.vocabSize;
  let logits: Float32Array = new Float32Array(0);
  if (active.length > 0) {
    const filled = prefillShared(model, active.map((i) => ({ ids: prompts[i], capacity: seqs[i].capacity })), opts.prefixCache);
    logits = filled.logits;
    filled.caches.forEach((c, j) => (seqs[active[j]].cache = c));
  }
  let chunks: Chunk[] = [];
  while (active.length > 0) {
    if (chunks.length > 0) logits = forwardChunks(model, chunks, "last");
    const next: number[] = [];
    active.forEach((si, j) => {
      const s = seqs[si];
      const { id, logprob } = sampleToken(logits.subarray(j * V, (j + 1) * V), sampling, s.rng);
      s.ids.push(id);
      s.logprobs.push(logprob);
      if (stopTokens.has(id)) {
        s.text = tok.decode(s.ids.slice(0, -1));
        s.finish = "stop";
        return;
      }
      const hit = s.stops.push(id);
      if (hit) {
        s.text = hit.text;
        s.finish = "stop";
      } else if (s.ids.length >= s.room) {
        s.text = tok.decode(s.ids);
        s.finish = "length";
      } else {
        next.push(si);
      }
    });
    active = next;
    chunks = active.map((si) => ({ cache: seqs[si].cache!, ids: [seqs[si].ids[seqs[si].ids.length - 1]] }));
  }
  if (opts.prefixCache) seqs.forEach((s, i) => s.cache && opts.prefixCache!.put([...Array.from(prompts[i]), ...s.ids], s.cache));
  return seqs.map((s) => ({ ids: s.ids, text: s.text, logprobs: s.logprobs, finish: s.finish ?? "length" }));
}

/**
 * Prefills every prompt into a new KV cache, computing each distinct prompt once: n samples of
 * one state (stage 2's G actions, stage 1's first steps) share the prompt, so the copies get its
 * keys and values and its last-token logits instead of a forward pass of their own. With a prefix
 * cache, a distinct prompt starts from the stored keys and values of its longest known prefix
 * and computes only the rest. Returns the caches and the last-token logits, in prompt order.
 */
function prefillShared(model: Model, prompts: readonly { ids: ArrayLike<number>; capacity: number }[], prefix?: PrefixCache): { logits: Float32Array; caches: KVCache[] } {
  const V = model.config.vocabSize;
  const first = new Map<string, number>(); // prompt → index of its first occurrence
  const source = prompts.map((p, i) => {
    const key = Array.prototype.join.call(p.ids, ",");
    const at = first.get(key);
    if (at !== undefined) return at;
    first.set(key, i);
    return i;
  });
  const caches: (KVCache | undefined)[] = new Array(prompts.length);
  const work: Chunk[] = [];
  const row: number[] = new Array(prompts.length); // logits row of each distinct prompt
  prompts.forEach((p, i) => {
    if (source[i] !== i) return;
    const hit = prefix?.take(model, p.ids, p.capacity);
    caches[i] = hit?.cache ?? new KVCache(model, p.capacity);
    row[i] = work.length;
    work.push({ cache: caches[i]!, ids: hit ? (Array.prototype.slice.call(p.ids, hit.reused) as number[]) : p.ids });
  });
  const workLogits = forwardChunks(model, work, "last");
  const logits = new Float32Array(prompts.length * V);
  prompts.forEach((p, i) => {
    const j = row[source[i]]!;
    logits.set(workLogits.subarray(j * V, (j + 1) * V), i * V);
    if (source[i] !== i) {
      caches[i] = new KVCache(model, p.capacity);
      copyCache(caches[source[i]]!, caches[i]!);
    }
  });
  return { logits, caches: caches as KVCache[] };
}

function copyCache(from: KVCache, to: KVCache): void {
  const n = from.length * (from.k[0].length / from.capacity);
  from.k.forEach((k, l) => to.k[l].set(k.subarray(0, n)));
  from.v.forEach((v, l) => to.v[l].set(v.subarray(0, n)));
  to.length = from.length;
}
