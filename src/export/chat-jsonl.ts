/**
 * Chat-message prompt sets as JSON Lines, one state per line:
 * - OpenRLHF (`--input_key messages --label_key label --apply_chat_template`): `messages` is s_i,
 *   `label` the state id, which OpenRLHF sends to the remote reward server in `labels`;
 * - TRL (GRPOTrainer's conversational format): `prompt` is s_i; the other columns reach reward
 *   functions as keyword arguments, so `state_id` is there for the reward call.
 * Both carry the stop strings and the action format. States of native trajectories (an agent's
 * imported log) are written in the agent's own OpenAI messages, with a `tools` column.
 */
import type { ExportRow } from "./rows.js";
import { writeJsonl } from "../tasks/jsonl.js";

function meta(r: ExportRow) {
  return {
    state_id: r.stateId, trajectory_id: r.trajectoryId, example_id: r.exampleId, step_index: r.stepIndex,
    data_source: r.dataSource, ability: r.kind, split: r.split, stop: r.stop, action_format: r.actionFormat,
  };
}

const messagesOf = (r: ExportRow) => r.native?.messages ?? r.messages;
const toolsOf = (r: ExportRow) => (r.native?.tools ? { tools: r.native.tools } : {});

export function openrlhfRecord(r: ExportRow) {
  return { messages: messagesOf(r), label: r.stateId, ...toolsOf(r), ...meta(r) };
}

export function trlRecord(r: ExportRow) {
  return { prompt: messagesOf(r), ...toolsOf(r), ...meta(r) };
}

export async function writeOpenRlhfJsonl(path: string, rows: readonly ExportRow[]): Promise<number> {
  return writeJsonl(path, rows.map(openrlhfRecord));
}

export async function writeTrlJsonl(path: string, rows: readonly ExportRow[]): Promise<number> {
  return writeJsonl(path, rows.map(trlRecord));
}
