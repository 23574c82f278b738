/** Exports of the state set for distributed RL engines (verl, OpenRLHF, TRL). */
export { exportStateSet, EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportResult } from "./export.js";
export { exportRows, actionFormat, type ExportRow, type RowOptions } from "./rows.js";
export { writeVerlParquet, VERL_SCHEMA } from "./verl-parquet.js";
export { writeOpenRlhfJsonl, writeTrlJsonl, openrlhfRecord, trlRecord } from "./chat-jsonl.js";
export { readStates, readExamples, parseState } from "../run/records.js";
