import { Rng } from "../util/random.js";
import { CHAIN_TEMPLATES, COMPARISON_TEMPLATES } from "./qa-templates.js";
import { generateWorld } from "./synthetic-world.js";
import { worldCorpus } from "./world-articles.js";
import { createWorldLookup } from "./world-lookup.js";
export function generateQaQuestions(world, opts, lookup = createWorldLookup(world)) {
    const rng = new Rng(`qa:${opts.seed ?? world.seed}:${opts.split}`);
    const hops = opts.hops ?? [2, 3, 4];
    const allowType = (t) => !opts.types || opts.types.includes(t);
    const chains = CHAIN_TEMPLATES.filter((t) => hops.includes(t.path.length) && allowType(t.type));
    const comparisons = hops.includes(2) ? COMPARISON_TEMPLATES.filter((t) => allowType(t.type)) : [];
    if (chains.length === 0 && comparisons.length === 0)
        throw new Error("generateQaQuestions: no template fits the options");
    const comparisonShare = chains.length === 0 ? 1 : comparisons.length === 0 ? 0 : (opts.comparisonShare ?? 0.2);
    const pools = {
        person: world.entities.filter((e) => e.type === "person" && e.split === opts.split),
        work: world.entities.filter((e) => e.type === "work" && e.split === opts.split),
    };
    const out = [];
    const seen = new Set();
    for (let i = 0; i < opts.count; i++) {
        let ex;
        // retry a few times to avoid duplicate questions; small worlds may run out, then allow them
        for (let attempt = 0; attempt < 20; attempt++) {
            ex = rng.chance(comparisonShare)
                ? comparison(rng, rng.pick(comparisons), pools, lookup, opts.split)
                : chain(rng, rng.pick(chains), pools, lookup, opts.split);
            if (ex && !seen.has(ex.question))
                break;
        }
        if (!ex)
            throw new Error(`generateQaQuestions: no ${opts.split} entities to ask about`);
        seen.add(ex.question);
        out.push({ id: `synthetic-qa-${opts.split}-${i}`, ...ex });
    }
    return out;
}
function chain(rng, t, pools, w, split) {
    const pool = pools[t.subject];
    if (pool.length === 0)
        return undefined;
    const subject = rng.pick(pool);
    const facts = [];
    let at = subject.name;
    for (const step of t.path) {
        const relation = step === "creator" ? (subject.kind === "film" ? "directed_by" : "written_by") : step;
        const object = w.object(at, relation);
        if (object === undefined)
            throw new Error(`synthetic world has no ${relation} fact for ${at}`);
        facts.push({ subject: at, relation, object });
        at = object;
    }
    const meta = {
        type: t.type, hops: facts.length, comparison: false, subjects: [subject.name],
        relations: facts.map((f) => f.relation), chain: facts, answerType: t.answerType, split,
    };
    const role = subject.kind === "film" ? "director" : "author";
    return { dataset: "synthetic-qa", kind: "qa", question: t.ask(subject.name, role), answers: [at], meta };
}
function comparison(rng, t, pools, w, split) {
    const pool = pools[t.subject];
    if (pool.length < 2)
        return undefined;
    const a = rng.pick(pool);
    const ya = Number(w.object(a.name, t.relation));
    for (let attempt = 0; attempt < 20; attempt++) {
        const b = rng.pick(pool);
        const yb = Number(w.object(b.name, t.relation));
        if (b === a || yb === ya)
            continue;
        const facts = [
            { subject: a.name, relation: t.relation, object: String(ya) },
            { subject: b.name, relation: t.relation, object: String(yb) },
        ];
        const meta = {
            type: t.type, hops: 2, comparison: true, subjects: [a.name, b.name],
            relations: [t.relation, t.relation], chain: facts, answerType: t.subject, split,
        };
        return { dataset: "synthetic-qa", kind: "qa", question: t.ask(a.name, b.name), answers: [ya < yb ? a.name : b.name], meta };
    }
    return undefined;
}
/** Reads the typed meta of a synthetic QA example (throws when it is not one). */
export function readQaMeta(example) {
    const m = example.meta;
    if (example.dataset !== "synthetic-qa" || !m || !Array.isArray(m.chain) || !Array.isArray(m.subjects)) {
        throw new Error(`example ${example.id} is not a synthetic QA example`);
    }
    return m;
}
/** The whole QA family for a seed: world, corpus, train and test questions. */
export function generateSyntheticQa(opts) {
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
//# sourceMappingURL=synthetic-qa.js.map