/**
 * The scripted teacher for the synthetic QA world: a Policy that solves a question by searching
 * each entity of the chain and answering, and that makes, in a chosen share of trajectories, the
 * mistakes real models make: following the wrong link of an article, misspelling a name it copies, repeating
 * a query, answering before the evidence is in; and, optionally, a habit: stopping one hop short
 * on three-hop questions. Its demonstrations pretrain the base policy, which inherits the skill,
 * the mistakes when it samples, and the habit even when it decodes greedily (room for SWiRL).
 * Runs through the real rollout loop and tools, so demonstrations have exactly the format the
 * model will see.
 */
import type { Example, Message } from "../../types.js";
import type { Completion, CompletionRequest, Policy } from "../../policy/policy.js";
import { Rng } from "../../util/random.js";
import { readQaMeta } from "./questions.js";
import type { Relation } from "./world.js";
import { retrievedSoFar } from "./rule-judge.js";
import { questionOf } from "../../rollout/prompts.js";
import type { QaEnv } from "./env.js";

export type QaMistake = "wrong_entity" | "misspelled" | "repeat" | "premature";
export const QA_MISTAKES: readonly QaMistake[] = ["wrong_entity", "misspelled", "repeat", "premature"];

const NEED: Record<Relation, string> = {
  born_in: "birthplace", born_year: "birth year", works_for: "employer", headquartered_in: "headquarters",
  founded_year: "founding year", located_in: "country", capital: "capital", directed_by: "director",
  written_by: "author", released_year: "release year",
};

export function searchAction(relation: Relation, entity: string): string {
  return `Need the ${NEED[relation]}. <search_query>${entity}</search_query>`;
}

export function answerAction(answer: string): string {
  return `<answer>${answer}</answer>`;
}

/** Drops one inner letter: the copying error a small model makes. */
function misspell(name: string, rng: Rng): string {
  if (name.length < 4) return name + name[name.length - 1];
  const i = 1 + rng.int(name.length - 2);
  return name.slice(0, i) + name.slice(i + 1);
}

export interface QaTeacherOptions {
  /** Share of trajectories with one mistake (0.35 in the base policy: 89% of its demonstrations still end correct). */
  readonly mistakeRate: number;
  /**
   * A habit rather than a slip: the share of three-hop chain questions on which it answers with
   * the second hop's entity instead of making the third search. Above one half, the habit is the
   * most likely action in that state, so a greedy student inherits it (0 turns it off).
   */
  readonly stopShortRate?: number;
  readonly seed?: number | string;
}

export class QaTeacher implements Policy {
  readonly name = "teacher:qa";
  private readonly byQuestion: Map<string, Example>;

  constructor(private readonly env: QaEnv, examples: readonly Example[], private readonly opts: QaTeacherOptions) {
    this.byQuestion = new Map(examples.map((e) => [e.question, e]));
  }

  async complete(request: CompletionRequest): Promise<Completion> {
    const text = this.act(request.messages, String(request.seed ?? ""));
    return { text, tokens: 0, promptTokens: 0, finish: "stop" };
  }

  /** The next action for this context. The mistake plan is seeded by the trajectory (the request seed minus its step). */
  act(messages: readonly Message[], seed: string): string {
    const question = questionOf(messages);
    const example = this.byQuestion.get(question);
    if (!example) throw new Error(`teacher: unknown question ${JSON.stringify(question.slice(0, 80))}`);
    const meta = readQaMeta(example);
    const traj = seed.replace(/:\d+$/, "");
    const rng = new Rng(`teacher:${this.opts.seed ?? 0}:${traj}`);
    const mistake = rng.chance(this.opts.mistakeRate) ? rng.pick(QA_MISTAKES) : null;
    // the searches a clean solution makes, in order, with the relation each one is for
    const plan: { entity: string; relation: Relation }[] = meta.comparison
      ? meta.subjects.map((s, i) => ({ entity: s, relation: meta.relations[i] }))
      : meta.chain.map((f) => ({ entity: f.subject, relation: f.relation }));
    const at = rng.int(plan.length); // where the mistake happens
    const { queries } = retrievedSoFar(this.env, messages);
    const step = queries.length;
    const stepRng = new Rng(`teacher-step:${traj}:${step}`);

    if (mistake === "premature" && step === at && at > 0) {
      // answers with what it has: the entity it just found, or a guess
      const last = meta.comparison ? meta.subjects[stepRng.int(2)] : meta.chain[at - 1].object;
      return answerAction(last);
    }
    if (mistake === "repeat" && step === at + 1 && queries.length > 0 && queries[queries.length - 1] === plan[at].entity) {
      return searchAction(plan[at].relation, plan[at].entity);
    }
    if (mistake === "wrong_entity" && step === at && at > 0) {
      // follows the wrong link of the last article (e.g. the birthplace instead of the employer)
      const others = this.env.lookup.mentions(plan[at - 1].entity).filter((e) => e !== plan[at].entity);
      if (others.length > 0) return searchAction(plan[at].relation, stepRng.pick(others));
    }
    if (mistake === "misspelled" && step === at) return searchAction(plan[at].relation, misspell(plan[at].entity, stepRng));

    // a clean next step: the first planned search not yet made (mistaken searches do not count)
    const done = new Set(queries);
    const next = plan.find((p) => !done.has(p.entity));
    const stopsShort = (this.opts.stopShortRate ?? 0) > 0 && !meta.comparison && plan.length >= 3 && new Rng(`teacher-habit:${this.opts.seed ?? 0}:${traj}`).chance(this.opts.stopShortRate ?? 0);
    if (stopsShort && next === plan[plan.length - 1]) return answerAction(meta.chain[plan.length - 2].object);
    if (next) return searchAction(next.relation, next.entity);
    if (meta.comparison) {
      const [a, b] = meta.chain;
      const earlier = Number(a.object) < Number(b.object) ? a.subject : b.subject;
      return `${a.subject}: ${a.object}. ${b.subject}: ${b.object}. ${answerAction(earlier)}`;
    }
    return answerAction(example.answers[0]);
  }
}
