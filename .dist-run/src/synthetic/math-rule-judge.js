import { normaliseInput, parseAction } from "../rollout/parse-action.js";
import { MATH_TEMPLATE, questionOf } from "../rollout/prompts.js";
import { calculate } from "../tools/calculator.js";
import { opValues, parseStory } from "./math-story.js";
const good = (rationale) => ({ label: "GOOD", rationale, judge: "rule" });
const bad = (rationale) => ({ label: "BAD", rationale, judge: "rule" });
const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
/** Expressions computed so far and their numeric results (failed calls give NaN). */
export function calculationsSoFar(messages) {
    const exprs = [];
    const results = [];
    const start = messages.findIndex((m) => m.role === "user") + 1;
    for (const m of messages.slice(start)) {
        if (m.role === "assistant") {
            const a = parseAction(m.content, { toolTags: MATH_TEMPLATE.toolTags });
            if (a.kind === "tool")
                exprs.push(a.input);
        }
        else {
            const arrow = m.content.lastIndexOf(" -> ");
            results.push(arrow >= 0 ? Number(m.content.slice(arrow + 4)) : NaN);
        }
    }
    return { exprs, results };
}
/** Where the context stands in the story: the value reached, and the values the next calculations must give. */
export function progress(story, results) {
    let op = 0;
    let part = 0; // which calculation of a two-part op
    let value = story.start;
    let pending = story.ops.length > 0 ? opValues(story.ops[0], value) : [];
    for (const r of results) {
        if (op >= story.ops.length || !close(r, pending[part]))
            continue; // a wasted or mistaken step
        part++;
        if (part === pending.length) {
            value = r;
            op++;
            part = 0;
            pending = op < story.ops.length ? opValues(story.ops[op], value) : [];
        }
    }
    return { value, expected: pending.slice(part), done: op >= story.ops.length };
}
export function mathRuleJudge() {
    return {
        name: "rule",
        async judgeStep(x) {
            const action = parseAction(x.action, { toolTags: MATH_TEMPLATE.toolTags });
            if (action.kind === "invalid")
                return bad(`malformed action: ${action.reason}`);
            const story = parseStory(questionOf(x.messages));
            if (!story)
                return bad("not a synthetic arithmetic problem");
            const { exprs, results } = calculationsSoFar(x.messages);
            const at = progress(story, results);
            if (action.kind === "answer") {
                const value = Number(action.answer.replace(/,/g, ""));
                if (!at.done)
                    return bad("answered before every step of the problem was computed");
                return close(value, at.value) ? good("the answer is the value the calculations reached") : bad(`the calculations do not support ${action.answer}`);
            }
            if (exprs.some((e) => normaliseInput(e) === normaliseInput(action.input)))
                return bad("repeats an earlier calculation");
            if (at.done)
                return bad("every step is computed already; it should answer");
            const out = Number(calculate(action.input));
            if (!Number.isFinite(out))
                return bad("the expression does not evaluate");
            return close(out, at.expected[0]) ? good("the next calculation the problem needs") : bad("not the calculation the problem needs next");
        },
    };
}
//# sourceMappingURL=math-rule-judge.js.map