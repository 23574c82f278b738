/**
 * The question templates of the synthetic QA world: bridge chains of 2–4 hops that start at a
 * person or a work, and comparisons of two persons or two works. Phrasing is simple and fixed so
 * a tiny model can learn it; the path says which relation each hop follows.
 */
import type { EntityType, Relation } from "./world.js";

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

export const CHAIN_TEMPLATES: readonly ChainTemplate[] = [
  { type: "birth_country", subject: "person", path: ["born_in", "located_in"], answerType: "country",
    ask: (s) => `In which country was ${s} born?` },
  { type: "employer_city", subject: "person", path: ["works_for", "headquartered_in"], answerType: "city",
    ask: (s) => `In which city is the employer of ${s} headquartered?` },
  { type: "employer_founded", subject: "person", path: ["works_for", "founded_year"], answerType: "year",
    ask: (s) => `In what year was the employer of ${s} founded?` },
  { type: "employer_country", subject: "person", path: ["works_for", "headquartered_in", "located_in"], answerType: "country",
    ask: (s) => `In which country is the employer of ${s} headquartered?` },
  { type: "birth_capital", subject: "person", path: ["born_in", "located_in", "capital"], answerType: "city",
    ask: (s) => `What is the capital of the country where ${s} was born?` },
  { type: "employer_capital", subject: "person", path: ["works_for", "headquartered_in", "located_in", "capital"], answerType: "city",
    ask: (s) => `What is the capital of the country where the employer of ${s} is headquartered?` },
  { type: "creator_birth_city", subject: "work", path: ["creator", "born_in"], answerType: "city",
    ask: (s, role) => `In which city was the ${role} of ${s} born?` },
  { type: "creator_birth_year", subject: "work", path: ["creator", "born_year"], answerType: "year",
    ask: (s, role) => `In what year was the ${role} of ${s} born?` },
  { type: "creator_employer", subject: "work", path: ["creator", "works_for"], answerType: "organisation",
    ask: (s, role) => `Which company does the ${role} of ${s} work for?` },
  { type: "creator_birth_country", subject: "work", path: ["creator", "born_in", "located_in"], answerType: "country",
    ask: (s, role) => `In which country was the ${role} of ${s} born?` },
  { type: "creator_employer_city", subject: "work", path: ["creator", "works_for", "headquartered_in"], answerType: "city",
    ask: (s, role) => `In which city is the employer of the ${role} of ${s} headquartered?` },
  { type: "creator_employer_founded", subject: "work", path: ["creator", "works_for", "founded_year"], answerType: "year",
    ask: (s, role) => `In what year was the employer of the ${role} of ${s} founded?` },
  { type: "creator_employer_country", subject: "work", path: ["creator", "works_for", "headquartered_in", "located_in"], answerType: "country",
    ask: (s, role) => `In which country is the employer of the ${role} of ${s} headquartered?` },
  { type: "creator_birth_capital", subject: "work", path: ["creator", "born_in", "located_in", "capital"], answerType: "city",
    ask: (s, role) => `What is the capital of the country where the ${role} of ${s} was born?` },
];

export const COMPARISON_TEMPLATES: readonly ComparisonTemplate[] = [
  { type: "compare_born_earlier", subject: "person", relation: "born_year",
    ask: (a, b) => `Who was born earlier, ${a} or ${b}?` },
  { type: "compare_released_earlier", subject: "work", relation: "released_year",
    ask: (a, b) => `Which came out earlier, ${a} or ${b}?` },
];
