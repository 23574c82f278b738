/**
 * The synthetic encyclopedia: countries, cities, organisations, persons and works with invented
 * names, linked by a few relations, one short article per entity. Deterministic for a seed.
 *
 * Persons and works belong to a split ("train" or "test"); a work's creator is from the work's
 * split, so a test question never passes through a train person or work. Countries, cities and
 * organisations are shared hubs, like common knowledge in a real corpus.
 */
import { Rng } from "../../util/random.js";
import { inventName } from "./world-names.js";

export type EntityType = "person" | "organisation" | "city" | "country" | "work";
export type Split = "train" | "test";

export type Relation =
  | "born_in" | "born_year" | "works_for"
  | "headquartered_in" | "founded_year"
  | "located_in" | "capital"
  | "directed_by" | "written_by" | "released_year";

/** Relations whose object is a year rather than an entity. */
export const YEAR_RELATIONS: ReadonlySet<Relation> = new Set(["born_year", "founded_year", "released_year"]);

export interface Entity {
  readonly name: string;
  readonly type: EntityType;
  /** "film" or "novel" for works, "company" for organisations, else the type. */
  readonly kind: string;
  /** Question split for persons and works; shared hubs have none. */
  readonly split?: Split;
}

/** subject —relation→ object; subject and entity objects are entity names, years are strings. */
export interface Fact {
  readonly subject: string;
  readonly relation: Relation;
  readonly object: string;
}

export interface World {
  readonly seed: string | number;
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
}

export interface WorldSizes {
  countries: number;
  cities: number;
  organisations: number;
  persons: number;
  works: number;
  /** Share of persons and works reserved for test questions. */
  testFraction: number;
  /** Every name one word (see world-names.ts: easier for a tiny model to copy). */
  oneWordNames: boolean;
}

export const DEFAULT_WORLD_SIZES: WorldSizes = {
  countries: 30, cities: 150, organisations: 250, persons: 1200, works: 400, testFraction: 0.2, oneWordNames: false,
};

export function generateWorld(seed: string | number, sizes: Partial<WorldSizes> = {}): World {
  const s = { ...DEFAULT_WORLD_SIZES, ...sizes };
  if (s.cities < s.countries) throw new Error("generateWorld: need at least one city per country");
  if (s.countries < 1 || s.organisations < 1 || s.persons < 2) throw new Error("generateWorld: world too small");
  const rng = new Rng(`world:${seed}`);
  const used = new Set<string>();
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  const fact = (subject: string, relation: Relation, object: string | number) =>
    facts.push({ subject, relation, object: String(object) });

  const names = (kind: "country" | "city" | "organisation" | "person", n: number): string[] =>
    Array.from({ length: n }, () => inventName(rng, kind, used, s.oneWordNames));
  const countries = names("country", s.countries);
  for (const name of countries) entities.push({ name, type: "country", kind: "country" });

  const cities = names("city", s.cities);
  cities.forEach((city, i) => {
    // the first city of each country is its capital, so every country has one
    const country = i < countries.length ? (countries[i] as string) : rng.pick(countries);
    entities.push({ name: city, type: "city", kind: "city" });
    fact(city, "located_in", country);
    if (i < countries.length) fact(country, "capital", city);
  });

  const orgs = names("organisation", s.organisations);
  for (const org of orgs) {
    entities.push({ name: org, type: "organisation", kind: "company" });
    fact(org, "headquartered_in", rng.pick(cities));
    fact(org, "founded_year", rng.range(1850, 2010));
  }

  const personsBySplit: Record<Split, string[]> = { train: [], test: [] };
  const persons = names("person", s.persons);
  persons.forEach((person, i) => {
    const split = splitOf(i, s.persons, s.testFraction);
    personsBySplit[split].push(person);
    entities.push({ name: person, type: "person", kind: "person", split });
    fact(person, "born_in", rng.pick(cities));
    fact(person, "born_year", rng.range(1930, 2000));
    fact(person, "works_for", rng.pick(orgs));
  });

  for (let i = 0; i < s.works; i++) {
    const split = splitOf(i, s.works, s.testFraction);
    const pool = personsBySplit[split].length > 0 ? personsBySplit[split] : persons;
    const kind = rng.chance(0.6) ? "film" : "novel";
    const work = inventName(rng, kind, used, s.oneWordNames);
    entities.push({ name: work, type: "work", kind, split });
    fact(work, kind === "film" ? "directed_by" : "written_by", rng.pick(pool));
    fact(work, "released_year", rng.range(1950, 2023));
  }
  return { seed, entities, facts };
}

/** The last `testFraction` of each list is the test split (deterministic, no extra draws). */
function splitOf(i: number, n: number, testFraction: number): Split {
  const nTest = Math.max(1, Math.round(n * testFraction));
  return i >= n - nTest ? "test" : "train";
}
