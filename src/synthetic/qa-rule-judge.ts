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
import type { Message, Verdict } from "../types.js";
import type { ProcessJudge, StepToJudge } from "../judge/judge.js";
import { parseAction, normaliseInput } from "../rollout/parse-action.js";
import { QA_TEMPLATE } from "../rollout/prompts.js";
import type { Relation } from "../tasks/synthetic-world.js";
import type { QaMeta } from "../tasks/synthetic-qa.js";
import type { QaEnv } from "./qa-env.js";

const good = (rationale: string): Verdict => ({ label: "GOOD", rationale, judge: "rule" });
const bad = (rationale: string): Verdict => ({ label: "BAD", rationale, judge: "rule" });
const same = (a: string, b: string): boolean => normaliseInput(a) === normaliseInput(b);

/** Titles of the articles the context retrieved, and the queries it issued. */
export function retrievedSoFar(env: Pick<QaEnv, "titleOfText">, messages: readonly Message[]): { titles: string[]; queries: string[] } {
  const titles: string[] = [];
  const queries: string[] = [];
  // after the prompt: assistant actions and the user turns carrying tool results
  const start = messages.findIndex((m) => m.role === "user") + 1;
  for (const m of messages.slice(start)) {
    if (m.role === "assistant") {
      const a = parseAction(m.content, { toolTags: QA_TEMPLATE.toolTags });
      if (a.kind === "tool") queries.push(a.input);
    } else {
      const arrow = m.content.indexOf(" -> ");
      const title = arrow >= 0 ? env.titleOfText.get(m.content.slice(arrow + 4)) : undefined;
      if (title !== undefined) titles.push(title);
    }
  }
  return { titles, queries };
}

export function qaRuleJudge(env: Pick<QaEnv, "lookup" | "titleOfText">): ProcessJudge {
  const { lookup } = env;
  return {
    name: "rule",
    async judgeStep(x: StepToJudge): Promise<Verdict> {
      const meta = x.example.meta as QaMeta | undefined;
      if (!meta || !Array.isArray(meta.subjects) || !Array.isArray(meta.relations)) return bad("not a synthetic QA question");
      const action = parseAction(x.action, { toolTags: QA_TEMPLATE.toolTags });
      if (action.kind === "invalid") return bad(`malformed action: ${action.reason}`);
      const { titles, queries } = retrievedSoFar(env, x.messages);
      const have = new Set(titles.map((t) => t.toLowerCase()));
      const relations = new Set<Relation>(meta.relations);

      if (action.kind === "tool") {
        if (queries.some((q) => same(q, action.input))) return bad("repeats an earlier query");
        const needed = new Set(meta.subjects.map((s) => s.toLowerCase()));
        for (const t of titles) for (const f of lookup.factsAbout(t)) if (relations.has(f.relation)) needed.add(f.object.toLowerCase());
        const name = normaliseInput(action.input);
        if (!needed.has(name)) return bad(`"${action.input}" is not an entity the question needs next`);
        if (have.has(name)) return bad(`the article on "${action.input}" is already retrieved`);
        return good(`"${action.input}" is needed next and not yet retrieved`);
      }

      // an answer: walk the question's structure through retrieved articles only
      let supported: string | undefined;
      if (meta.comparison) {
        const [a, b] = meta.subjects;
        const rel = meta.relations[0];
        const ya = have.has(a.toLowerCase()) ? lookup.object(a, rel) : undefined;
        const yb = have.has(b.toLowerCase()) ? lookup.object(b, rel) : undefined;
        if (ya === undefined || yb === undefined) return bad("answered before both entities were retrieved");
        supported = Number(ya) < Number(yb) ? a : b;
      } else {
        let at: string | undefined = meta.subjects[0];
        for (const rel of meta.relations) {
          if (at === undefined || !have.has(at.toLowerCase())) return bad(`answered before the article on "${at}" was retrieved`);
          at = lookup.object(at, rel);
        }
        supported = at;
      }
      if (supported !== undefined && same(supported, action.answer)) return good("the answer follows from the retrieved articles");
      return bad(`the retrieved articles do not support "${action.answer}"`);
    },
  };
}
