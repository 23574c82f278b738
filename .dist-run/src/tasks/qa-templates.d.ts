/**
 * The question templates of the synthetic QA world: bridge chains of 2–4 hops that start at a
 * person or a work, and comparisons of two persons or two works. Phrasing is simple and fixed so
 * a tiny model can learn it; the path says which relation each hop follows.
 */
import type { EntityType, Relation } from "./synthetic-world.js";
/** "creator" is directed_by for films and written_by for novels. */
export type PathStep = Relation | "creator";
export interface ChainTemplate {
    readonly type: string;
    readonly subject: "person" | "work";
    readonly path: readonly PathStep[];
    /** Question text; `role` is "director" or "author" for works. */
    readonly ask: (subject: string, role: string) => string;
    readonly answerType: EntityType | "year";
}
export interface ComparisonTemplate {
    readonly type: string;
    readonly subject: "person" | "work";
    readonly relation: Relation;
    readonly ask: (a: string, b: string) => string;
}
export declare const CHAIN_TEMPLATES: readonly ChainTemplate[];
export declare const COMPARISON_TEMPLATES: readonly ComparisonTemplate[];
