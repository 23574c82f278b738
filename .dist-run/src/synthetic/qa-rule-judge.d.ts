/**
 * The rule process judge for the synthetic QA world. It never reads the answer key: it knows
 * the question's structure (its subjects and the relation asked at each hop, which the
 * question's wording fixes) and the world's facts, and it sees which articles the context has
 * retrieved. The paper's criteria (§2) as rules:
 * - a query is GOOD when it names an entity the question needs next — a subject of the
 *   question, or the object of an asked relation in an article already retrieved — whose
 *   article is not yet in the context, and it repeats no earlier query;
 * - an answer is GOOD only when it follows from the retrieved articles: the relation chain can
 *   be walked from the subject through retrieved articles alone (comparisons: both years are
 *   retrieved) and the answer is what that walk gives;
 * - any malformed action is BAD.
 */
import type { Message } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import type { QaEnv } from "./qa-env.js";
/** Titles of the articles the context retrieved, and the queries it issued. */
export declare function retrievedSoFar(env: Pick<QaEnv, "titleOfText">, messages: readonly Message[]): {
    titles: string[];
    queries: string[];
};
export declare function qaRuleJudge(env: Pick<QaEnv, "lookup" | "titleOfText">): ProcessJudge;
