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

/** Runs `npm run example -- <name>` (without the rebuild) into a fresh run folder; its stdout. */
function runExample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "swirl-example-"));
  try {
    const r = spawnSync(process.execPath, ["scripts/example.mjs", name, join(dir, "run")], { encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("examples/import-logs", () => {
  it("imports an agent's logged conversations and exports the outcome filter's states", () => {
    const out = runExample("import-logs");
    assert.match(out, /^imported 6 of 7 conversations \(1 skipped\), 12 steps$/m);
    assert.match(out, /^tool calls: web_search 3, calculator 4$/m);
    assert.match(out, /^outcome filter: 4 trajectories, 10 states$/m);
    assert.match(out, /openrlhf[\\/]train\.jsonl$/m);
  });
});

describe("examples/custom-tools", () => {
  it("calls a TypeScript tool and an MCP tool natively through a served model, then exports", () => {
    const out = runExample("custom-tools");
    assert.match(out, /^generated 3 trajectories \(3 new\), 9 steps$/m);
    assert.match(out, /^tools called: capital 3, population 3$/m);
    assert.match(out, /^outcome filter: 3 trajectories, 9 states$/m);
    assert.match(out, /"tool_calls":\[\{"id":"call_[0-9a-f]+","type":"function","function":\{"name":"capital","arguments":"\{\\"country\\":\\"France\\"\}"\}\}\]/);
  });
});
