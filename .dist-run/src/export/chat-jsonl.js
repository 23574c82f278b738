import { writeJsonl } from "../tasks/jsonl.js";
function meta(r) {
    return {
        state_id: r.stateId, trajectory_id: r.trajectoryId, example_id: r.exampleId, step_index: r.stepIndex,
        data_source: r.dataSource, ability: r.kind, split: r.split, stop: r.stop, action_format: r.actionFormat,
    };
}
export function openrlhfRecord(r) {
    return { messages: r.messages, label: r.stateId, ...meta(r) };
}
export function trlRecord(r) {
    return { prompt: r.messages, ...meta(r) };
}
export async function writeOpenRlhfJsonl(path, rows) {
    return writeJsonl(path, rows.map(openrlhfRecord));
}
export async function writeTrlJsonl(path, rows) {
    return writeJsonl(path, rows.map(trlRecord));
}
//# sourceMappingURL=chat-jsonl.js.map