/**
 * Multi-hop questions over the synthetic world, with gold answer and the reference chain of
 * facts in `meta`. Train and test questions start from persons/works of their own split only.
 */
import type { Example } from "../../types.js";
import { Rng } from "../../util/random.js";
import type { Passage } from "../../tasks/passage.js";
import { CHAIN_TEMPLATES, COMPARISON_TEMPLATES, type ChainTemplate, type ComparisonTemplate } from "./templates.js";
import { generateWorld, type Entity, type EntityType, type Fact, type Relation, type Split, type World, type WorldSizes } from "./world.js";
import { worldCorpus } from "./world-articles.js";
import { createWorldLookup, type WorldLookup } from "./world-lookup.js";

/** What `meta` holds for a synthetic QA example: enough for a rule judge to check every step. */
export type QaMeta = {
  readonly type: string;
  /** Number of facts (articles) needed: path length, or 2 for comparisons. */
  readonly hops: number;
  readonly comparison: boolean;
  /** The entity the chain starts from; both entities for comparisons. */
  readonly subjects: readonly string[];
  /** The relation followed at each hop. */
  readonly relations: readonly Relation[];
  /** The reference chain: the fact used at each hop, in order. */
  readonly chain: readonly Fact[];
  readonly answerType: EntityType | "year";
  readonly split: Split;
};

export interface QaQuestionOptions {
  split: Split;
  count: number;
  seed?: string | number;
  /** Allowed hop counts; default [2, 3, 4]. */
  hops?: readonly number[];
  /** Share of comparison questions (they count as 2 hops); default 0.2. */
  comparisonShare?: number;
  /** Restrict to these template types. */
  types?: readonly string[];
}

export function generateQaQuestions(world: World, opts: QaQuestionOptions, lookup = createWorldLookup(world)): Example[] {
  const rng = new Rng(`qa:${opts.seed ?? world.seed}:${opts.split}`);
  const hops = opts.hops ?? [2, 3, 4];
  const allowType = (t: string) => !opts.types || opts.types.includes(t);
  const chains = CHAIN_TEMPLATES.filter((t) => hops.includes(t.path.length) && allowType(t.type));
  const comparisons = hops.includes(2) ? COMPARISON_TEMPLATES.filter((t) => allowType(t.type)) : [];
  if (chains.length === 0 && comparisons.length === 0) throw new Error("generateQaQuestions: no template fits the options");
  const comparisonShare = chains.length === 0 ? 1 : comparisons.length === 0 ? 0 : (opts.comparisonShare ?? 0.2);
  const pools: Record<"person" | "work", Entity[]> = {
    person: world.entities.filter((e) => e.type === "person" && e.split === opts.split),
    work: world.entities.filter((e) => e.type === "work" && e.split === opts.split),
  };

  const out: Example[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < opts.count; i++) {
    let ex: Omit<Example, "id"> | undefined;
    // retry a few times to avoid duplicate questions; small worlds may run out, then allow them
    for (let attempt = 0; attempt < 20; attempt++) {
      ex = rng.chance(comparisonShare)
        ? comparison(rng, rng.pick(comparisons), pools, lookup, opts.split)
        : chain(rng, rng.pick(chains), pools, lookup, opts.split);
      if (ex && !seen.has(ex.question)) break;
    }
    if (!ex) throw new Error(`generateQaQuestions: no ${opts.split} entities to ask about`);
    seen.add(ex.question);
    out.push({ id: `synthetic-qa-${opts.split}-${i}`, ...ex });
  }
  return out;
}

function chain(rng: Rng, t: ChainTemplate, pools: Record<"person" | "work", Entity[]>, w: WorldLookup, split: Split) {
  const pool = pools[t.subject];
  if (pool.length === 0) return undefined;
  const subject = rng.pick(pool);
  const facts: Fact[] = [];
  let at = subject.name;
  for (const step of t.path) {
    const relation: Relation = step === "creator" ? (subject.kind === "film" ? "directed_by" : "written_by") : step;
    const object = w.object(at, relation);
    if (object === undefined) throw new Error(`synthetic world has no ${relation} fact for ${at}`);
    facts.push({ subject: at, relation, object });
    at = object;
  }
  const meta: QaMeta = {
    type: t.type, hops: facts.length, comparison: false, subjects: [subject.name],
    relations: facts.map((f) => f.relation), chain: facts, answerType: t.answerType, split,
  };
  const role = subject.kind === "film" ? "director" : "author";
  return { dataset: "synthetic-qa", kind: "qa" as const, question: t.ask(subject.name, role), answers: [at], meta };
}

function comparison(rng: Rng, t: ComparisonTemplate, pools: Record<"person" | "work", Entity[]>, w: WorldLookup, split: Split) {
  const pool = pools[t.subject];
  if (pool.length < 2) return undefined;
  const a = rng.pick(pool);
  const ya = Number(w.object(a.name, t.relation));
  for (let attempt = 0; attempt < 20; attempt++) {
    const b = rng.pick(pool);
    const yb = Number(w.object(b.name, t.relation));
    if (b === a || yb === ya) continue;
    const facts: Fact[] = [
      { subject: a.name, relation: t.relation, object: String(ya) },
      { subject: b.name, relation: t.relation, object: String(yb) },
    ];
    const meta: QaMeta = {
      type: t.type, hops: 2, comparison: true, subjects: [a.name, b.name],
      relations: [t.relation, t.relation], chain: facts, answerType: t.subject, split,
    };
    return { dataset: "synthetic-qa", kind: "qa" as const, question: t.ask(a.name, b.name), answers: [ya < yb ? a.name : b.name], meta };
  }
  return undefined;
}

/** Reads the typed meta of a synthetic QA example (throws when it is not one). */
export function readQaMeta(example: Example): QaMeta {
  const m = example.meta as Partial<QaMeta> | undefined;
  if (example.dataset !== "synthetic-qa" || !m || !Array.isArray(m.chain) || !Array.isArray(m.subjects)) {
    throw new Error(`example ${example.id} is not a synthetic QA example`);
  }
  return m as QaMeta;
}

export interface SyntheticQaOptions {
  seed: string | number;
  train: number;
  test: number;
  world?: Partial<WorldSizes>;
  hops?: readonly number[];
  comparisonShare?: number;
  types?: readonly string[];
}

export interface SyntheticQa {
  readonly world: World;
  readonly lookup: WorldLookup;
  /** One article per entity; shared by train and test. */
  readonly corpus: Passage[];
  readonly train: Example[];
  readonly test: Example[];
}

/** The whole QA family for a seed: world, corpus, train and test questions. */
export function generateSyntheticQa(opts: SyntheticQaOptions): SyntheticQa {
  const world = generateWorld(opts.seed, opts.world);
  const lookup = createWorldLookup(world);
  const common = { seed: opts.seed, hops: opts.hops, comparisonShare: opts.comparisonShare, types: opts.types };
  return {
    world,
    lookup,
    corpus: worldCorpus(world),
    train: generateQaQuestions(world, { ...common, split: "train", count: opts.train }, lookup),
    test: generateQaQuestions(world, { ...common, split: "test", count: opts.test }, lookup),
  };
}
