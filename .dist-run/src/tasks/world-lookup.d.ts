/**
 * Queries over a world's structure, for code that checks steps without reading the gold answer
 * (the rule judge): which facts an article states, what an entity is, where a relation leads.
 */
import type { Entity, Fact, Relation, World } from "./synthetic-world.js";
export interface WorldLookup {
    readonly world: World;
    /** The entity with this exact name (case-insensitive), if any. */
    entity(name: string): Entity | undefined;
    /** The facts stated by the article titled `title` (its subject's facts); [] for unknown titles. */
    factsAbout(title: string): readonly Fact[];
    /** The object of (subject, relation), if the world has that fact. */
    object(subject: string, relation: Relation): string | undefined;
    /** Entity names that an article mentions as objects (the next hops reachable from it). */
    mentions(title: string): readonly string[];
    /** Subjects that have `relation` pointing at `object` (reverse edge), e.g. the films of a director. */
    subjectsOf(relation: Relation, object: string): readonly string[];
}
export declare function createWorldLookup(world: World): WorldLookup;
