/**
 * stage-log.jsonl: one line per stage event (start, resume, recovered torn line, finish, failure)
 * with counts and timings, so a run folder tells its own history.
 */
import { appendFileSync } from "node:fs";
export class StageLog {
    file;
    constructor(file) {
        this.file = file;
    }
    write(e) {
        appendFileSync(this.file, JSON.stringify({ time: new Date().toISOString(), ...e }) + "\n");
    }
}
//# sourceMappingURL=stage-log.js.map