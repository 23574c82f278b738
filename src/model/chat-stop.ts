/**
 * Stop strings for a sampler: feed the generated ids one at a time and learn when the text so
 * far contains a stop string such as `</search_query>`. The action text is cut right after the
 * stop (the closing tag is kept: the markup parser needs it), and anything the model wrote past
 * it inside the same token is dropped.
 *
 * Decoding is incremental (a streaming TextDecoder holds a cut-off UTF-8 character until its
 * last byte arrives) and each push searches only the tail that could hold a new match, so the
 * cost per token is O(longest stop string). A special token counts as its name ("<|user|>"),
 * as `Tokenizer.decode` renders it, so the text is the same however generation ends; the
 * sampler stops on <|end|> by id.
 */
import type { Tokenizer } from "./tokenizer.js";

/** The part of a tokenizer the matcher reads. */
export type StopTokenizer = Pick<Tokenizer, "tokenBytes">;

export interface StopHit {
  /** Which stop string matched. */
  readonly stop: string;
  /** The generated text cut right after the end of the stop string. */
  readonly text: string;
  /** How many ids were needed: the matching one included; ids after it should be discarded. */
  readonly tokens: number;
}

export class StopStringMatcher {
  private readonly decoder = new TextDecoder();
  private readonly stops: readonly string[];
  private readonly longest: number;
  private pushed = 0;
  private hit: StopHit | null = null;
  /** The text decoded so far (a trailing partial character is held back until complete). */
  text = "";

  constructor(
    private readonly tok: StopTokenizer,
    stops: readonly string[],
  ) {
    this.stops = stops.filter((s) => s.length > 0);
    this.longest = Math.max(0, ...this.stops.map((s) => s.length));
  }

  /** Adds one generated id; returns the hit once a stop string is complete (and keeps returning it). */
  push(id: number): StopHit | null {
    if (this.hit) return this.hit;
    this.pushed++;
    const before = this.text.length;
    this.text += this.decoder.decode(this.tok.tokenBytes(id), { stream: true });
    if (this.text.length === before) return null;
    // earliest-ending match wins; a match must end inside the newly added text
    const from = Math.max(0, before - this.longest + 1);
    let best: { stop: string; end: number } | null = null;
    for (const stop of this.stops) {
      const at = this.text.indexOf(stop, from);
      if (at >= 0 && (!best || at + stop.length < best.end)) best = { stop, end: at + stop.length };
    }
    if (!best) return null;
    this.hit = { stop: best.stop, text: this.text.slice(0, best.end), tokens: this.pushed };
    return this.hit;
  }
}

/** One-shot form: the first stop among `ids`, or null. */
export function findStop(tok: StopTokenizer, ids: ArrayLike<number>, stops: readonly string[]): StopHit | null {
  const m = new StopStringMatcher(tok, stops);
  for (let i = 0; i < ids.length; i++) {
    const hit = m.push(ids[i]!);
    if (hit) return hit;
  }
  return null;
}
