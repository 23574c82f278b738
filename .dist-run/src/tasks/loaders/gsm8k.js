import { extractGsm8kAnswer } from "../../metrics/gsm8k.js";
import { RecordFields } from "./fields.js";
import { readJsonlObjects } from "./source.js";
export async function* streamGsm8k(source) {
    let i = 0;
    for await (const { line, record } of readJsonlObjects(source)) {
        const f = new RecordFields(source, line, record);
        const question = f.string("question");
        const solution = f.string("answer");
        const gold = extractGsm8kAnswer(solution);
        if (gold === undefined)
            return f.fail("answer", 'no final answer after "####"');
        yield { id: `gsm8k-${i++}`, dataset: "gsm8k", kind: "math", question, answers: [gold], meta: { solution } };
    }
}
export async function loadGsm8k(source, opts = {}) {
    const out = [];
    if (opts.limit === 0)
        return out;
    for await (const ex of streamGsm8k(source)) {
        out.push(ex);
        if (out.length === opts.limit)
            break;
    }
    return out;
}
//# sourceMappingURL=gsm8k.js.map