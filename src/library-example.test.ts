/** examples/library.ts, the README's library example, runs as written (with a toy base policy) in a child process. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

describe("examples/library.ts", () => {
  it("runs stage 1 and stage 2 from TypeScript", () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-example-"));
    try {
      const r = spawnSync(process.execPath, [resolve("dist/examples/library.js"), join(dir, "run"), "--tiny"], { cwd: dir, encoding: "utf8", timeout: 300_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /process filter: \d+ trajectories, \d+ states/);
      assert.match(r.stdout, /stage 2: 2 updates, last reward \d\.\d{3}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
