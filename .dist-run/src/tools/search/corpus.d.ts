import type { Passage } from "../../tasks/passage.js";
import type { World } from "../../tasks/synthetic-world.js";
export declare function readCorpus(path: string): Promise<Passage[]>;
export declare function writeCorpus(path: string, passages: Iterable<Passage>): Promise<number>;
/** Union of the context paragraphs of a HotPotQA file, one passage per distinct paragraph. */
export declare function corpusFromHotpotQa(source: string): Promise<Passage[]>;
/** Union of the paragraphs of a MuSiQue file. */
export declare function corpusFromMusique(source: string): Promise<Passage[]>;
/** The synthetic world's articles. */
export declare function corpusFromWorld(world: World): Passage[];
