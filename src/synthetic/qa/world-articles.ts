/**
 * One short article (1–2 sentences) per entity, written from its facts. Kept short and
 * templated because a ~2M-parameter model has to learn to copy names out of them.
 */
import type { Passage } from "../../tasks/passage.js";
import type { Entity, World } from "./world.js";
import { createWorldLookup, type WorldLookup } from "./world-lookup.js";

export function articleText(entity: Entity, w: WorldLookup): string {
  const o = (relation: Parameters<WorldLookup["object"]>[1]) => w.object(entity.name, relation) ?? "unknown";
  const n = entity.name;
  switch (entity.type) {
    case "person":
      return `${n} was born in ${o("born_in")} in ${o("born_year")}. ${n} works for ${o("works_for")}.`;
    case "organisation":
      return `${n} is a company headquartered in ${o("headquartered_in")}. It was founded in ${o("founded_year")}.`;
    case "city":
      return `${n} is a city in ${o("located_in")}.`;
    case "country":
      return `${n} is a country. Its capital is ${o("capital")}.`;
    case "work":
      return entity.kind === "film"
        ? `${n} is a film directed by ${o("directed_by")}. It was released in ${o("released_year")}.`
        : `${n} is a novel written by ${o("written_by")}. It was published in ${o("released_year")}.`;
  }
}

/** The search corpus of a world: one passage per entity, id = "w" + index, title = name. */
export function worldCorpus(world: World): Passage[] {
  const lookup = createWorldLookup(world);
  return world.entities.map((e, i) => ({ id: `w${i}`, title: e.name, text: articleText(e, lookup) }));
}
