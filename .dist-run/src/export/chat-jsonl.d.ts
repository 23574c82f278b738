/**
 * Chat-message prompt sets as JSON Lines, one state per line:
 * - OpenRLHF (`--input_key messages --label_key label --apply_chat_template`): `messages` is s_i,
 *   `label` the state id, which OpenRLHF sends to the remote reward server in `labels`;
 * - TRL (GRPOTrainer's conversational format): `prompt` is s_i; the other columns reach reward
 *   functions as keyword arguments, so `state_id` is there for the reward call.
 * Both carry the stop strings and the action format.
 */
import type { ExportRow } from "./rows.js";
export declare function openrlhfRecord(r: ExportRow): {
    state_id: string;
    trajectory_id: string;
    example_id: string;
    step_index: number;
    data_source: string;
    ability: import("../types.js").TaskKind;
    split: "train" | "val";
    stop: readonly string[];
    action_format: string;
    messages: readonly import("../types.js").Message[];
    label: string;
};
export declare function trlRecord(r: ExportRow): {
    state_id: string;
    trajectory_id: string;
    example_id: string;
    step_index: number;
    data_source: string;
    ability: import("../types.js").TaskKind;
    split: "train" | "val";
    stop: readonly string[];
    action_format: string;
    prompt: readonly import("../types.js").Message[];
};
export declare function writeOpenRlhfJsonl(path: string, rows: readonly ExportRow[]): Promise<number>;
export declare function writeTrlJsonl(path: string, rows: readonly ExportRow[]): Promise<number>;
