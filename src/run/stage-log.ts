/**
 * stage-log.jsonl: one line per stage event (start, resume, recovered torn line, finish, failure)
 * with counts and timings, so a run folder tells its own history.
 */
import { appendFileSync } from "node:fs";

export type StageName = "generate" | "judge" | "filter" | (string & {});

export interface StageEvent {
  readonly stage: StageName;
  readonly event: "start" | "resume" | "recovered" | "finish" | "failed";
  /** Anything else worth keeping: counts, file names, milliseconds. */
  readonly [k: string]: unknown;
}

export class StageLog {
  constructor(readonly file: string) {}

  write(e: StageEvent): void {
    appendFileSync(this.file, JSON.stringify({ time: new Date().toISOString(), ...e }) + "\n");
  }
}
