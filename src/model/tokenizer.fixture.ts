/**
 * Test and bench fixtures for the tokenizer: text shaped like the synthetic QA world
 * (invented names from syllables, short articles, tool-call markup), and random
 * strings over awkward Unicode for round-trip property tests. Not used by the library itself.
 */
import { Rng } from "../util/random.js";

const SYLLABLES = ["ka", "lo", "mir", "ven", "dra", "sol", "tu", "bex", "nor", "qui", "zan", "el", "fa", "gor", "hin", "jus", "ra", "pel", "tam", "wyn"];

function name(rng: Rng, parts: number): string {
  let s = "";
  for (let i = 0; i < parts; i++) s += rng.pick(SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** About `n` sentences of synthetic-world text: articles, questions, tool calls, results. */
export function syntheticCorpus(seed: string | number, n: number): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const person = `${name(rng, 2)} ${name(rng, 2)}`;
    const company = `${name(rng, 2)} Corp`;
    const city = name(rng, rng.range(2, 3));
    const year = rng.range(1900, 2020);
    switch (rng.int(4)) {
      case 0:
        out.push(`${person} works for ${company}. ${person} was born in ${city} in ${year}.`);
        break;
      case 1:
        out.push(`Question: In which city was the founder of ${company} born?`);
        break;
      case 2:
        out.push(`I need to find who founded ${company}. <search_query>${company}</search_query>`);
        break;
      default:
        out.push(`${person} -> ${person} was born in ${city}. So the answer is <answer>${city}</answer>`);
    }
  }
  return out;
}

const ALPHABET = [
  "a", "Z", " ", "  ", "\n", "\t", "0", "9", ".", ",", "'", "<", "|", ">", "<|user|>", "é", "e\u0301", "ß", "Ω",
  "中", "文", "한", "ア", "ก", "अ", "😀", "👩‍👩‍👧", "🇫🇷", "\u{10FFFF}", "\u0000", "€", "©×", "𝐀", "\u00A0", "ǅ", "aé中b",
];

/** A random valid (no lone surrogates) string mixing scripts, emoji, controls and markup. */
export function randomUnicode(rng: Rng, maxParts = 20): string {
  let s = "";
  const parts = rng.int(maxParts + 1);
  for (let i = 0; i < parts; i++) {
    if (rng.chance(0.2)) s += String.fromCodePoint(randomCodePoint(rng));
    else s += rng.pick(ALPHABET);
  }
  return s;
}

function randomCodePoint(rng: Rng): number {
  for (;;) {
    const cp = rng.chance(0.5) ? rng.int(0x3000) : rng.int(0x110000);
    if (cp < 0xd800 || cp > 0xdfff) return cp;
  }
}
