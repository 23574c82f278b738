/**
 * Invented names built from a fixed set of syllables, so no answer can come from a model's
 * memory and a name tokenises the same way wherever it appears (PROTOTYPE-NOTES: 40 syllables).
 */
import type { Rng } from "../util/random.js";
export type NameKind = "person" | "organisation" | "city" | "country" | "film" | "novel";
/** Draws a name of the given kind that is not yet in `used`, and records it there. */
export declare function inventName(rng: Rng, kind: NameKind, used: Set<string>, oneWord?: boolean): string;
