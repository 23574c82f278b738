/**
 * Multi-hop questions over the synthetic world, with gold answer and the reference chain of
 * facts in `meta`. Train and test questions start from persons/works of their own split only.
 */
import type { Example } from "../types.js";
import type { Passage } from "./passage.js";
import { type EntityType, type Fact, type Relation, type Split, type World, type WorldSizes } from "./synthetic-world.js";
import { type WorldLookup } from "./world-lookup.js";
/** What `meta` holds for a synthetic QA example: enough for a rule judge to check every step. */
export type QaMeta = {
    readonly type: string;
    /** Number of facts (articles) needed: path length, or 2 for comparisons. */
    readonly hops: number;
    readonly comparison: boolean;
    /** The entity the chain starts from; both entities for comparisons. */
    readonly subjects: readonly string[];
    /** The relation followed at each hop. */
    readonly relations: readonly Relation[];
    /** The reference chain: the fact used at each hop, in order. */
    readonly chain: readonly Fact[];
    readonly answerType: EntityType | "year";
    readonly split: Split;
};
export interface QaQuestionOptions {
    split: Split;
    count: number;
    seed?: string | number;
    /** Allowed hop counts; default [2, 3, 4]. */
    hops?: readonly number[];
    /** Share of comparison questions (they count as 2 hops); default 0.2. */
    comparisonShare?: number;
    /** Restrict to these template types. */
    types?: readonly string[];
}
export declare function generateQaQuestions(world: World, opts: QaQuestionOptions, lookup?: WorldLookup): Example[];
/** Reads the typed meta of a synthetic QA example (throws when it is not one). */
export declare function readQaMeta(example: Example): QaMeta;
export interface SyntheticQaOptions {
    seed: string | number;
    train: number;
    test: number;
    world?: Partial<WorldSizes>;
    hops?: readonly number[];
    comparisonShare?: number;
    types?: readonly string[];
}
export interface SyntheticQa {
    readonly world: World;
    readonly lookup: WorldLookup;
    /** One article per entity; shared by train and test. */
    readonly corpus: Passage[];
    readonly train: Example[];
    readonly test: Example[];
}
/** The whole QA family for a seed: world, corpus, train and test questions. */
export declare function generateSyntheticQa(opts: SyntheticQaOptions): SyntheticQa;
