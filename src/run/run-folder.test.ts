import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FilterName } from "../types.js";
import { acquireRunLock } from "./lock.js";
import { RunFolder } from "./run-folder.js";

test("RunFolder builds no path from a name that is not a known filter or stage", () => {
  const base = mkdtempSync(join(tmpdir(), "swirl-run-names-"));
  const run = RunFolder.open(join(base, "run"));
  assert.equal(run.statesPath("process+outcome"), join(base, "run", "states.process+outcome.jsonl"));
  assert.throws(() => run.statesPath("x/../../esc" as FilterName), /unknown filter "x\/\.\.\/\.\.\/esc"/);
  assert.throws(() => run.readStates("../esc" as FilterName), /unknown filter/);
  assert.throws(() => run.lock("../../esc"), /not a stage name: "\.\.\/\.\.\/esc"/);
  assert.throws(() => acquireRunLock(run.dir, "judge/../x"), /not a stage name/);
  assert.deepEqual(readdirSync(base), ["run"]);
});
