import { parseAction, normaliseInput } from "../rollout/parse-action.js";
import { QA_TEMPLATE } from "../rollout/prompts.js";
const good = (rationale) => ({ label: "GOOD", rationale, judge: "rule" });
const bad = (rationale) => ({ label: "BAD", rationale, judge: "rule" });
const same = (a, b) => normaliseInput(a) === normaliseInput(b);
/** Titles of the articles the context retrieved, and the queries it issued. */
export function retrievedSoFar(env, messages) {
    const titles = [];
    const queries = [];
    // after the prompt: assistant actions and the user turns carrying tool results
    const start = messages.findIndex((m) => m.role === "user") + 1;
    for (const m of messages.slice(start)) {
        if (m.role === "assistant") {
            const a = parseAction(m.content, { toolTags: QA_TEMPLATE.toolTags });
            if (a.kind === "tool")
                queries.push(a.input);
        }
        else {
            const arrow = m.content.indexOf(" -> ");
            const title = arrow >= 0 ? env.titleOfText.get(m.content.slice(arrow + 4)) : undefined;
            if (title !== undefined)
                titles.push(title);
        }
    }
    return { titles, queries };
}
export function qaRuleJudge(env) {
    const { lookup } = env;
    return {
        name: "rule",
        async judgeStep(x) {
            const meta = x.example.meta;
            if (!meta || !Array.isArray(meta.subjects) || !Array.isArray(meta.relations))
                return bad("not a synthetic QA question");
            const action = parseAction(x.action, { toolTags: QA_TEMPLATE.toolTags });
            if (action.kind === "invalid")
                return bad(`malformed action: ${action.reason}`);
            const { titles, queries } = retrievedSoFar(env, x.messages);
            const have = new Set(titles.map((t) => t.toLowerCase()));
            const relations = new Set(meta.relations);
            if (action.kind === "tool") {
                if (queries.some((q) => same(q, action.input)))
                    return bad("repeats an earlier query");
                const needed = new Set(meta.subjects.map((s) => s.toLowerCase()));
                for (const t of titles)
                    for (const f of lookup.factsAbout(t))
                        if (relations.has(f.relation))
                            needed.add(f.object.toLowerCase());
                const name = normaliseInput(action.input);
                if (!needed.has(name))
                    return bad(`"${action.input}" is not an entity the question needs next`);
                if (have.has(name))
                    return bad(`the article on "${action.input}" is already retrieved`);
                return good(`"${action.input}" is needed next and not yet retrieved`);
            }
            // an answer: walk the question's structure through retrieved articles only
            let supported;
            if (meta.comparison) {
                const [a, b] = meta.subjects;
                const rel = meta.relations[0];
                const ya = have.has(a.toLowerCase()) ? lookup.object(a, rel) : undefined;
                const yb = have.has(b.toLowerCase()) ? lookup.object(b, rel) : undefined;
                if (ya === undefined || yb === undefined)
                    return bad("answered before both entities were retrieved");
                supported = Number(ya) < Number(yb) ? a : b;
            }
            else {
                let at = meta.subjects[0];
                for (const rel of meta.relations) {
                    if (at === undefined || !have.has(at.toLowerCase()))
                        return bad(`answered before the article on "${at}" was retrieved`);
                    at = lookup.object(at, rel);
                }
                supported = at;
            }
            if (supported !== undefined && same(supported, action.answer))
                return good("the answer follows from the retrieved articles");
            return bad(`the retrieved articles do not support "${action.answer}"`);
        },
    };
}
//# sourceMappingURL=qa-rule-judge.js.map