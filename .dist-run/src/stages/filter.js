import { FILTERS, stateSet, survivorCounts } from "../filter/filters.js";
import { RunFolder } from "../run/run-folder.js";
import { jsonLines, writeFileAtomic, writeJsonAtomic } from "../run/atomic.js";
import { verdictKey, verdictOf } from "../run/records.js";
import { isComplete, judgeItems } from "./judge-inputs.js";
/** Natural order of ids ("q-2#0" before "q-10#0"), so output does not depend on finishing order. */
const byId = (a, b) => a.id.localeCompare(b.id, "en", { numeric: true });
export async function filter(o) {
    const t0 = performance.now();
    const run = RunFolder.open(o.runDir);
    if (o.config)
        run.writeConfig(o.config);
    const chosen = o.filters ?? FILTERS;
    run.log.write({ stage: "filter", event: "start", filters: chosen });
    const store = run.openTrajectories("filter", { readOnly: true });
    const all = [...store.values()];
    store.close();
    const verdicts = run.openVerdicts("filter", { readOnly: true });
    const trajectories = all.filter(isComplete).sort(byId);
    const process = new Map();
    const outcome = new Map();
    const unlabelled = { process: 0, outcome: 0 };
    for (const t of trajectories) {
        for (const x of judgeItems(t)) {
            const r = verdicts.get(verdictKey(x));
            const v = r && r.input === x.input ? verdictOf(r) : undefined;
            if (v)
                (x.kind === "process" ? process : outcome).set(x.id, v);
            else
                unlabelled[x.kind]++;
        }
    }
    verdicts.close();
    const labels = { process, outcome };
    const files = {};
    for (const f of chosen) {
        const file = run.statesPath(f);
        writeFileAtomic(file, jsonLines(stateSet(f, trajectories, labels).states));
        files[f] = file;
    }
    const counts = survivorCounts(trajectories, labels);
    const result = { counts, files, trajectories: trajectories.length, incomplete: all.length - trajectories.length, unlabelled, ms: Math.round(performance.now() - t0) };
    writeJsonAtomic(run.path("filterCounts"), { trajectories: result.trajectories, incomplete: result.incomplete, unlabelled, survivors: counts });
    run.log.write({ stage: "filter", event: "finish", trajectories: result.trajectories, incomplete: result.incomplete, unlabelled, survivors: counts, ms: result.ms });
    return result;
}
//# sourceMappingURL=filter.js.map