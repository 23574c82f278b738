// Removes build output so stale compiled files (e.g. of deleted tests) never run.
import { rmSync } from "node:fs";
for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
