import { decompose } from "../rollout/decompose.js";
export const FILTERS = ["none", "process", "outcome", "process+outcome"];
/** Every step GOOD (a step without a verdict does not pass). */
export function processOk(t, labels) {
    return t.steps.length > 0 && t.steps.every((_, i) => labels.process.get(`${t.id}@${i}`)?.label === "GOOD");
}
/** The final answer judged correct (no answer never passes). */
export function outcomeOk(t, labels) {
    return t.stop === "answered" && labels.outcome.get(t.id)?.label === "GOOD";
}
export function keeps(filter, t, labels) {
    switch (filter) {
        case "none": return true;
        case "process": return processOk(t, labels);
        case "outcome": return outcomeOk(t, labels);
        case "process+outcome": return processOk(t, labels) && outcomeOk(t, labels);
    }
}
/** T for one filter: the states of every kept trajectory. */
export function stateSet(filter, trajectories, labels) {
    const kept = trajectories.filter((t) => keeps(filter, t, labels));
    const states = kept.flatMap(decompose);
    return { states, counts: { trajectories: kept.length, states: states.length } };
}
/** Survivors of every filter (the "survivors per filter" table). */
export function survivorCounts(trajectories, labels) {
    const out = {};
    for (const f of FILTERS)
        out[f] = stateSet(f, trajectories, labels).counts;
    return out;
}
//# sourceMappingURL=filters.js.map