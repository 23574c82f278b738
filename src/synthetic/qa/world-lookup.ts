/**
 * Queries over a world's structure, for code that checks steps without reading the gold answer
 * (the rule judge): which facts an article states, what an entity is, where a relation leads.
 */
import type { Entity, Fact, Relation, World } from "./world.js";

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

export function createWorldLookup(world: World): WorldLookup {
  const byName = new Map<string, Entity>();
  for (const e of world.entities) byName.set(e.name.toLowerCase(), e);
  const bySubject = new Map<string, Fact[]>();
  const reverse = new Map<string, string[]>();
  for (const f of world.facts) {
    const key = f.subject.toLowerCase();
    const list = bySubject.get(key);
    if (list) list.push(f);
    else bySubject.set(key, [f]);
    const rkey = `${f.relation}\u0000${f.object.toLowerCase()}`;
    const rlist = reverse.get(rkey);
    if (rlist) rlist.push(f.subject);
    else reverse.set(rkey, [f.subject]);
  }
  const factsAbout = (title: string) => bySubject.get(title.trim().toLowerCase()) ?? [];
  return {
    world,
    entity: (name) => byName.get(name.trim().toLowerCase()),
    factsAbout,
    object: (subject, relation) => factsAbout(subject).find((f) => f.relation === relation)?.object,
    mentions: (title) => factsAbout(title).filter((f) => byName.has(f.object.toLowerCase())).map((f) => f.object),
    subjectsOf: (relation, object) => reverse.get(`${relation}\u0000${object.trim().toLowerCase()}`) ?? [],
  };
}
