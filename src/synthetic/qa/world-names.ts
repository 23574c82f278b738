/**
 * Invented names built from a fixed set of syllables, so no answer can come from a model's
 * memory and a name tokenises the same way wherever it appears (40 syllables give enough distinct names for a world of thousands of entities).
 */
import type { Rng } from "../../util/random.js";

const SYLLABLES = [
  "ba", "ko", "ri", "sen", "ta", "vel", "mor", "du", "li", "nar",
  "pe", "sol", "gra", "fin", "ho", "zen", "tul", "ma", "ves", "dor",
  "ka", "lun", "bri", "sa", "ten", "ol", "ril", "quo", "dan", "mi",
  "far", "ge", "tis", "ul", "ber", "no", "cas", "yor", "phi", "len",
] as const;

const ORG_SUFFIXES = ["Corp", "Labs", "Group", "Works", "Systems", "Holdings"] as const;
const FILM_NOUNS = ["Affair", "Garden", "Letter", "Voyage", "River", "Crown", "Signal", "Harbor"] as const;
const NOVEL_NOUNS = ["Songs", "Winters", "Roads", "Mirrors", "Lanterns", "Tides"] as const;

function word(rng: Rng, minSyl: number, maxSyl: number): string {
  const n = rng.range(minSyl, maxSyl);
  let s = "";
  for (let i = 0; i < n; i++) s += rng.pick(SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type NameKind = "person" | "organisation" | "city" | "country" | "film" | "novel";

/** Draws a name of the given kind that is not yet in `used`, and records it there. */
export function inventName(rng: Rng, kind: NameKind, used: Set<string>, oneWord = false): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = oneWord ? drawOneWord(rng, kind, attempt) : draw(rng, kind, attempt);
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
  throw new Error(`inventName: could not find a fresh ${kind} name; the world is too large for the syllable set`);
}

/**
 * One-word names ("Ulfinbami", "Petisor"): a small model copies a name by induction (the token
 * that followed this one where it appeared before), and inside one word each syllable pair is distinctive;
 * across a space it is not (a space follows every word), which is where tiny models garble
 * the second word of two-word names.
 */
function drawOneWord(rng: Rng, kind: NameKind, attempt: number): string {
  const extra = attempt > 50 ? 1 : 0;
  return kind === "country" ? `${word(rng, 2, 2 + extra)}ia` : word(rng, 2, 3 + extra);
}

function draw(rng: Rng, kind: NameKind, attempt: number): string {
  // after many collisions allow one more syllable so large worlds still fit
  const extra = attempt > 50 ? 1 : 0;
  switch (kind) {
    case "person":
      return `${word(rng, 2, 2 + extra)} ${word(rng, 2, 3 + extra)}`;
    case "organisation":
      return `${word(rng, 2, 3 + extra)} ${rng.pick(ORG_SUFFIXES)}`;
    case "city":
      return word(rng, 2, 3 + extra);
    case "country":
      return `${word(rng, 2, 2 + extra)}ia`;
    case "film":
      return `The ${word(rng, 2, 2 + extra)} ${rng.pick(FILM_NOUNS)}`;
    case "novel":
      return `${rng.pick(NOVEL_NOUNS)} of ${word(rng, 2, 3 + extra)}`;
  }
}
