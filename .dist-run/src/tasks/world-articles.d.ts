/**
 * One short article (1–2 sentences) per entity, written from its facts. Kept short and
 * templated because a ~2M-parameter model has to learn to copy names out of them.
 */
import type { Passage } from "./passage.js";
import type { Entity, World } from "./synthetic-world.js";
import { type WorldLookup } from "./world-lookup.js";
export declare function articleText(entity: Entity, w: WorldLookup): string;
/** The search corpus of a world: one passage per entity, id = "w" + index, title = name. */
export declare function worldCorpus(world: World): Passage[];
