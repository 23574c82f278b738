/** Exports of the state set for distributed RL engines (verl, OpenRLHF, TRL). */
export { exportStateSet, EXPORT_FORMATS } from "./export.js";
export { exportRows, actionFormat } from "./rows.js";
export { writeVerlParquet, VERL_SCHEMA } from "./verl-parquet.js";
export { writeOpenRlhfJsonl, writeTrlJsonl, openrlhfRecord, trlRecord } from "./chat-jsonl.js";
export { readStates, readExamples, parseState } from "./read-records.js";
//# sourceMappingURL=index.js.map