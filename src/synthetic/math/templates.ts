/**
 * Story frames for the arithmetic word problems. Each frame is one template; train and test use
 * disjoint frames (by `split`), so a test problem never reuses a training story.
 */

export interface MathFrame {
  readonly id: string;
  readonly split: "train" | "test";
  /** Plural noun counted through the story. */
  readonly item: string;
  /** Verb phrases in the third person: starting, gaining and losing items. */
  readonly start: string;
  readonly gain: string;
  readonly lose: string;
  /** Plural and singular container used for groups. */
  readonly containers: string;
  readonly container: string;
}

export const MATH_FRAMES: readonly MathFrame[] = [
  { id: "baker", split: "train", item: "cookies", start: "bakes", gain: "bakes", lose: "sells", containers: "trays", container: "tray" },
  { id: "library", split: "train", item: "books", start: "owns", gain: "buys", lose: "donates", containers: "crates", container: "crate" },
  { id: "orchard", split: "train", item: "apples", start: "picks", gain: "picks", lose: "eats", containers: "baskets", container: "basket" },
  { id: "stamps", split: "train", item: "stamps", start: "collects", gain: "is given", lose: "trades away", containers: "albums", container: "album" },
  { id: "farm", split: "train", item: "eggs", start: "gathers", gain: "gathers", lose: "uses", containers: "cartons", container: "carton" },
  { id: "shop", split: "train", item: "pencils", start: "stocks", gain: "orders", lose: "sells", containers: "packs", container: "pack" },
  { id: "beach", split: "train", item: "shells", start: "finds", gain: "finds", lose: "loses", containers: "jars", container: "jar" },
  { id: "garden", split: "train", item: "seeds", start: "plants", gain: "buys", lose: "gives away", containers: "packets", container: "packet" },
  { id: "school", split: "test", item: "markers", start: "has", gain: "receives", lose: "lends out", containers: "boxes", container: "box" },
  { id: "market", split: "test", item: "oranges", start: "brings", gain: "buys", lose: "sells", containers: "sacks", container: "sack" },
  { id: "workshop", split: "test", item: "nails", start: "keeps", gain: "buys", lose: "uses", containers: "tins", container: "tin" },
  { id: "party", split: "test", item: "balloons", start: "blows up", gain: "blows up", lose: "pops", containers: "bunches", container: "bunch" },
];

export const MATH_NAMES: readonly string[] = [
  "Mira", "Tomas", "Lena", "Omar", "Priya", "Jonas", "Ada", "Kofi", "Sara", "Ivan", "Noor", "Felix",
];
