import { hideAnswers } from "../judge/judge.js";
import { RunFolder } from "../run/run-folder.js";
import { verdictKey } from "../run/records.js";
import { isComplete, judgeItems } from "./judge-inputs.js";
import { forEachConcurrent } from "./pool.js";
const NO_ANSWER = { label: "BAD", rationale: "the trajectory gave no final answer", judge: "none" };
export async function judge(o) {
    const t0 = performance.now();
    const attempts = Math.max(1, o.attempts ?? 3);
    const delay = o.retryDelayMs ?? 200;
    const run = RunFolder.open(o.runDir);
    if (o.config)
        run.writeConfig(o.config);
    const byId = new Map(o.examples.map((e) => [e.id, e]));
    const trajectories = run.openTrajectories("judge", { readOnly: true });
    const verdicts = run.openVerdicts("judge");
    const complete = [...trajectories.values()].filter(isComplete);
    trajectories.close();
    for (const t of complete)
        if (!byId.has(t.exampleId))
            throw new Error(`judge: trajectory ${t.id} answers example "${t.exampleId}", which the task config does not contain`);
    const wanted = (x) => (x.kind === "process" ? o.processJudge !== undefined : o.outcomeJudge !== undefined);
    const isDone = (x) => {
        const r = verdicts.get(verdictKey(x));
        return r !== undefined && r.label !== undefined && r.input === x.input;
    };
    let total = 0;
    let skipped = 0;
    let retrying = 0;
    for (const t of complete) {
        for (const x of judgeItems(t)) {
            if (!wanted(x))
                continue;
            total++;
            if (isDone(x))
                skipped++;
            else if (verdicts.get(verdictKey(x))?.error !== undefined)
                retrying++;
        }
    }
    run.log.write({ stage: "judge", event: skipped + retrying > 0 ? "resume" : "start", total, skipped, retrying, todo: total - skipped });
    let judged = 0;
    let errors = 0;
    let calls = 0;
    const report = () => o.onProgress?.({ stage: "judge", done: skipped + judged, total, failures: errors });
    report();
    const callJudge = async (x) => {
        const example = byId.get(x.trajectory.exampleId);
        if (x.kind === "outcome" && x.answer === undefined)
            return NO_ANSWER; // nothing to compare: no call to pay for
        calls++;
        if (x.kind === "process")
            return o.processJudge.judgeStep({ example: hideAnswers(example), messages: x.messages, action: x.action });
        return o.outcomeJudge.judgeOutcome({ example, answer: x.answer });
    };
    const work = async (x) => {
        const base = { kind: x.kind, id: x.id, trajectoryId: x.trajectory.id, ...(x.kind === "process" ? { stepIndex: x.stepIndex } : {}), input: x.input };
        let record;
        let lastError = "";
        for (let a = 1; a <= attempts && !record; a++) {
            if (a > 1)
                await new Promise((r) => setTimeout(r, delay * 2 ** (a - 2)));
            try {
                const v = await callJudge(x);
                record = { ...base, label: v.label, rationale: v.rationale, judge: v.judge, attempts: a };
            }
            catch (e) {
                lastError = e.message;
            }
        }
        record ??= { ...base, error: lastError || "judge failed", attempts };
        await verdicts.appendBatched(record); // one write with the others finished in this loop turn
        judged++;
        if (record.error !== undefined)
            errors++;
        report();
    };
    function* todo() {
        for (const t of complete)
            for (const x of judgeItems(t))
                if (wanted(x) && !isDone(x))
                    yield x;
    }
    try {
        await forEachConcurrent(todo(), o.concurrency ?? 8, work);
        verdicts.compact(); // one line per item once retried errors have been replaced
    }
    catch (e) {
        run.log.write({ stage: "judge", event: "failed", error: e.message, judged });
        throw e;
    }
    finally {
        verdicts.close();
    }
    const result = { file: verdicts.file, total, skipped, judged, errors, calls, ms: Math.round(performance.now() - t0) };
    run.log.write({ stage: "judge", event: "finish", ...result });
    return result;
}
//# sourceMappingURL=judge.js.map