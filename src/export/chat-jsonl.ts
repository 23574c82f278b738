/**
 * Chat-message prompt sets as JSON Lines, one state per line:
 * - OpenRLHF (`--input_key messages --label_key label --apply_chat_template`): `messages` is s_i,
 *   `label` the state id, which OpenRLHF sends to the remote reward server in `labels`;
 * - TRL (GRPOTrainer's conversational format): `prompt` is s_i; the other columns reach reward
 *   functions as keyword arguments, so `state_id` is there for the reward call.
 * Both carry the stop strings and the action format.
 */
import type { ExportRow } from "./rows.js";
import { writeJsonl } from "../tasks/jsonl.js";

function meta(r: ExportRow) {
  return {
    state_id: r.stateId, trajectory_id: r.trajectoryId, example_id: r.exampleId, step_index: r.stepIndex,
    data_source: r.dataSource, ability: r.kind, split: r.split, stop: r.stop, action_format: r.actionFormat,
  };
}

export function openrlhfRecord(r: ExportRow) {
  return { messages: r.messages, label: r.stateId, ...meta(r) };
}

export function trlRecord(r: ExportRow) {
  return { prompt: r.messages, ...meta(r) };
}

export async function writeOpenRlhfJsonl(path: string, rows: readonly ExportRow[]): Promise<number> {
  return writeJsonl(path, rows.map(openrlhfRecord));
}

export async function writeTrlJsonl(path: string, rows: readonly ExportRow[]): Promise<number> {
  return writeJsonl(path, rows.map(trlRecord));
}
