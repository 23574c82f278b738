/**
 * Pre-tokenisation: text → pieces that BPE never merges across.
 *
 * A piece is either a run of letters (\p{L}) or one single other character (space, digit,
 * punctuation, symbol, mark, newline, emoji). With merges learned only inside
 * letter runs, an invented name gets the same token ids wherever it appears (question, query,
 * article), which is what lets a 2M-parameter model learn to copy it.
 *
 * One refinement: a letter run is also cut where it passes between the "CJK block" code points
 * U+0800–U+9FA5, U+AC00–U+D7FF and all other letters. llama.cpp's `deepseek-coder` pre-tokenizer
 * (the one our GGUF export names) cuts there, and matching it makes llama.cpp tokenise exactly
 * as we do. For Latin-script text this changes nothing.
 */

// A run of CJK-block letters, or a run of other letters, or any one code point (`u` flag).
const PIECE = /(?:(?=\p{L})[\u0800-\u9FA5\uAC00-\uD7FF])+|(?:(?![\u0800-\u9FA5\uAC00-\uD7FF])\p{L})+|[^]/gu;
const LETTER = /^\p{L}/u;

/** Splits text into pieces; concatenating them gives the text back exactly. */
export function pretokenize(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/** True when a piece is a letter run (the only pieces merges are learned from). */
export function isLetterPiece(piece: string): boolean {
  return LETTER.test(piece);
}
