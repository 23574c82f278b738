/**
 * verl's RL dataset as Parquet, one row per state, in the column layout of verl's own
 * preprocessing scripts (pyarrow reads it as):
 *   data_source   string
 *   prompt        list<struct<role: string, content: string>>   the chat messages of s_i
 *   ability       string                                         "qa" or "math"
 *   reward_model  struct<style: string, ground_truth: string>    style "model"; ground_truth = state id
 *   extra_info    struct<state_id, trajectory_id, example_id: string, step_index, index: int64,
 *                        split: string, stop: list<string>, action_format: string>
 * verl hands `ground_truth` and `extra_info` to a custom reward function, which forwards the
 * state id and the response to `swirl reward-server` (see docs/scale-out.md).
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { parquetWriteFile } from "hyparquet-writer";
const str = (name) => ({ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
const int64 = (name) => ({ name, type: "INT64", repetition_type: "OPTIONAL" });
// Parquet's three-level list: <name> (LIST) → list (repeated) → element
const list = (name) => [
    { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
    { name: "list", repetition_type: "REPEATED", num_children: 1 },
];
export const VERL_SCHEMA = [
    { name: "schema", num_children: 5 },
    str("data_source"),
    ...list("prompt"), { name: "element", repetition_type: "OPTIONAL", num_children: 2 }, str("role"), str("content"),
    str("ability"),
    { name: "reward_model", repetition_type: "OPTIONAL", num_children: 2 }, str("style"), str("ground_truth"),
    { name: "extra_info", repetition_type: "OPTIONAL", num_children: 8 },
    str("state_id"), str("trajectory_id"), str("example_id"), int64("step_index"), int64("index"), str("split"),
    ...list("stop"), str("element"),
    str("action_format"),
];
export async function writeVerlParquet(path, rows) {
    await mkdir(dirname(path), { recursive: true });
    parquetWriteFile({
        filename: path,
        schema: VERL_SCHEMA,
        columnData: [
            { name: "data_source", data: rows.map((r) => r.dataSource) },
            { name: "prompt", data: rows.map((r) => r.messages.map((m) => ({ role: m.role, content: m.content }))) },
            { name: "ability", data: rows.map((r) => r.kind) },
            { name: "reward_model", data: rows.map((r) => ({ style: "model", ground_truth: r.stateId })) },
            {
                name: "extra_info",
                data: rows.map((r) => ({
                    state_id: r.stateId, trajectory_id: r.trajectoryId, example_id: r.exampleId,
                    step_index: BigInt(r.stepIndex), index: BigInt(r.index), split: r.split, stop: [...r.stop], action_format: r.actionFormat,
                })),
            },
        ],
        kvMetadata: [{ key: "swirl.format", value: "verl-rl-dataset/1" }],
        createdBy: "swirl export",
    });
}
//# sourceMappingURL=verl-parquet.js.map