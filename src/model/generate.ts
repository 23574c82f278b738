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

export interface GenerateOptions extends Partial<SamplingOptions> {
  readonly maxNewTokens: number;
  /** Text that ends a sequence (kept in the output), e.g. "</search_query>". */
  readonly stop?: readonly string[];
  /** Token ids that end a sequence (not included in the text), e.g. the end-of-turn token. */
  readonly stopTokens?: readonly number[];
  readonly seed?: number | string;
  /** One seed per prompt (overrides `seed`), so a request samples the same in any batch. */
  readonly seeds?: readonly (number | string)[];
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

export interface Detokenizer {
  decode(ids: ArrayLike<number>): string;
}

/** Earliest end index of any stop string in text, or -1. */
function stopAt(text: string, stops: readonly string[]): number {
  let best = -1;
  for (const s of stops) {
    const i = text.indexOf(s);
    if (i >= 0 && (best < 0 || i + s.length < best)) best = i + s.length;
  }
  return best;
}

export function generate(model: Model, tok: Detokenizer, prompts: readonly ArrayLike<number>[], opts: GenerateOptions): Generation[] {
  const sampling: SamplingOptions = { temperature: opts.temperature ?? 1, topK: opts.topK ?? 0, topP: opts.topP ?? 1 };
  const stops = opts.stop ?? [];
  const stopTokens = new Set(opts.stopTokens ?? []);
  const seqs = prompts.map((p, i) => ({
    cache: new KVCache(model),
    rng: new Rng(opts.seeds?.[i] ?? `${opts.seed ?? 0}:${i}`),
    ids: [] as number[],
    logprobs: [] as number[],
    text: "",
    finish: null as Generation["finish"] | null,
    room: Math.min(opts.maxNewTokens, model.config.contextLength - p.length),
  }));
  if (seqs.some((s) => s.room < 0)) throw new Error(`generate: a prompt is longer than the context (${model.config.contextLength})`);

  let chunks: Chunk[] = seqs.map((s, i) => ({ cache: s.cache, ids: prompts[i] }));
  let active = seqs.map((_, i) => i);
  active = active.filter((i) => {
    if (seqs[i].room > 0) return true;
    seqs[i].finish = "length";
    return false;
  });
  chunks = active.map((i) => chunks[i]);
  const V = model.config.vocabSize;
  while (active.length > 0) {
    const logits = forwardChunks(model, chunks, "last");
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
      // the whole text is decoded again only when a stop string must be looked for; without
      // stop strings it is decoded once, when the sequence ends
      const end = stops.length > 0 ? stopAt((s.text = tok.decode(s.ids)), stops) : -1;
      if (end >= 0) {
        s.text = s.text.slice(0, end);
        s.finish = "stop";
      } else if (s.ids.length >= s.room) {
        if (stops.length === 0) s.text = tok.decode(s.ids);
        s.finish = "length";
      } else {
        next.push(si);
      }
    });
    active = next;
    chunks = active.map((si) => ({ cache: seqs[si].cache, ids: [seqs[si].ids[seqs[si].ids.length - 1]] }));
  }
  return seqs.map((s) => ({ ids: s.ids, text: s.text, logprobs: s.logprobs, finish: s.finish ?? "length" }));
}
