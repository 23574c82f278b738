export type EntityType = "person" | "organisation" | "city" | "country" | "work";
export type Split = "train" | "test";
export type Relation = "born_in" | "born_year" | "works_for" | "headquartered_in" | "founded_year" | "located_in" | "capital" | "directed_by" | "written_by" | "released_year";
/** Relations whose object is a year rather than an entity. */
export declare const YEAR_RELATIONS: ReadonlySet<Relation>;
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
export declare const DEFAULT_WORLD_SIZES: WorldSizes;
export declare function generateWorld(seed: string | number, sizes?: Partial<WorldSizes>): World;
