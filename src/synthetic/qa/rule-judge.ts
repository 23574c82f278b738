/**
 * The rule process judge for the synthetic QA world. It never reads the answer key: it knows
 * the question's structure (its subjects and the relation asked at each hop, which the
 * question's wording fixes) and the world's facts, and it sees which articles the context has
 * retrieved. The paper's criteria (§2) as rules:
 * - a query is GOOD when it names the entity the question needs next and repeats no earlier
 *   query: walking the question's relations from its subject through the retrieved articles,
 *   the first entity whose article is missing (comparisons: a subject not yet retrieved). Once
 *   the walk is complete every further query is BAD: the evidence is in and the step should
 *   answer. (Calling the last hop's object "needed" let stage 2 learn to search once more on
 *   every question, two-hop ones included, and then answer from the wrong article.);
 * - an answer is GOOD only when it follows from the retrieved articles: the relation chain can
 *   be walked from the subject through retrieved articles alone (comparisons: both years are
 *   retrieved) and the answer is what that walk gives;
 * - any malformed action is BAD.
 */
import type { Message, Verdict } from "../../types.js";
import type { ProcessJudge, StepToJudge } from "../../judge/judge.js";
import { JudgeError } from "../../errors/judge-error.js";
import { parseAction, normaliseInput } from "../../rollout/parse-action.js";
import { QA_TEMPLATE } from "../../rollout/prompts.js";
import type { QaMeta } from "./questions.js";
import type { QaEnv } from "./env.js";

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

/** The entities whose article the question needs next, given the retrieved titles (lower-cased): none once the evidence is complete. */
function neededNext(meta: QaMeta, have: ReadonlySet<string>, lookup: QaEnv["lookup"]): string[] {
  if (meta.comparison) return meta.subjects.filter((s) => !have.has(s.toLowerCase()));
  let at: string | undefined = meta.subjects[0];
  for (const rel of meta.relations) {
    if (at === undefined) return [];
    if (!have.has(at.toLowerCase())) return [at];
    at = lookup.object(at, rel);
  }
  return [];
}

export function qaRuleJudge(env: Pick<QaEnv, "lookup" | "titleOfText">): ProcessJudge {
  const { lookup } = env;
  return {
    name: "rule",
    async judgeStep(x: StepToJudge): Promise<Verdict> {
      const meta = x.example.meta as QaMeta | undefined;
      if (!meta || !Array.isArray(meta.subjects) || !Array.isArray(meta.relations)) {
        throw new JudgeError({ judge: "rule", problem: "not_applicable", attempts: 1, detail: `example ${x.example.id} is not a synthetic QA question` });
      }
      const action = parseAction(x.action, { toolTags: QA_TEMPLATE.toolTags });
      if (action.kind === "invalid") return bad(`malformed action: ${action.reason}`);
      const { titles, queries } = retrievedSoFar(env, x.messages);
      const have = new Set(titles.map((t) => t.toLowerCase()));

      if (action.kind === "tool") {
        if (queries.some((q) => same(q, action.input))) return bad("repeats an earlier query");
        const next = neededNext(meta, have, lookup);
        if (next.length === 0) return bad("every article the question needs is retrieved; it should answer");
        if (!next.some((e) => same(e, action.input))) {
          return have.has(normaliseInput(action.input)) ? bad(`the article on "${action.input}" is already retrieved`) : bad(`"${action.input}" is not an entity the question needs next`);
        }
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
