/**
 * Test and bench fixtures for the tokenizer: text shaped like the synthetic QA world of
 * PROTOTYPE-NOTES (invented names from syllables, short articles, tool-call markup), and random
 * strings over awkward Unicode for round-trip property tests. Not used by the library itself.
 */
import { Rng } from "../util/random.js";
/** About `n` sentences of synthetic-world text: articles, questions, tool calls, results. */
export declare function syntheticCorpus(seed: string | number, n: number): string[];
/** A random valid (no lone surrogates) string mixing scripts, emoji, controls and markup. */
export declare function randomUnicode(rng: Rng, maxParts?: number): string;
