import { stopStrings, templateFor } from "../rollout/prompts.js";
import { contentHash } from "../run/kv.js";
/** The action markup of a task kind, in words. */
export function actionFormat(kind) {
    const t = templateFor(kind);
    const calls = t.toolTags.map((tag) => `<${tag}>…</${tag}>`).join(" or ");
    return `one assistant turn: brief reasoning, then exactly one of ${calls} (a tool call, answered in the next user turn as INPUT -> RESULT) or <answer>…</answer> (the final answer); at most ${t.maxToolCalls} tool calls`;
}
function guessKind(s) {
    const text = s.messages.map((m) => m.content).join("\n") + s.action;
    if (text.includes("<math_exp>"))
        return "math";
    if (text.includes("<search_query>"))
        return "qa";
    return undefined;
}
/** Deterministic split by trajectory, so states of one trajectory never straddle train and val. */
function isVal(trajectoryId, fraction) {
    if (fraction <= 0)
        return false;
    return parseInt(contentHash(trajectoryId).slice(0, 8), 16) / 0x1_0000_0000 < fraction;
}
export function exportRows(states, opts = {}) {
    const counters = { train: 0, val: 0 };
    return states.map((s) => {
        const example = opts.examples?.get(s.exampleId);
        const kind = example?.kind ?? opts.kind ?? guessKind(s) ?? "qa";
        const split = isVal(s.trajectoryId, opts.valFraction ?? 0) ? "val" : "train";
        return {
            stateId: s.id, trajectoryId: s.trajectoryId, exampleId: s.exampleId, stepIndex: s.stepIndex,
            messages: s.messages, dataSource: example?.dataset ?? `swirl-${kind}`, kind, split, index: counters[split]++,
            stop: stopStrings(templateFor(kind)), actionFormat: actionFormat(kind),
        };
    });
}
//# sourceMappingURL=rows.js.map