import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { exportStateSet } from "../export/index.js";

const swirl = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });

const STATE = { id: "q1#0@0", trajectoryId: "q1#0", exampleId: "q1", stepIndex: 0, messages: [{ role: "user", content: "Question: where?" }], action: "<answer>here</answer>" };

/** base/run (the run folder) and base/esc.jsonl, a state set outside it that `states.x/../../esc` would reach. */
function layout(): { base: string; run: string } {
  const base = mkdtempSync(join(tmpdir(), "swirl-export-filter-"));
  const run = join(base, "run");
  mkdirSync(run);
  writeFileSync(join(base, "esc.jsonl"), JSON.stringify(STATE) + "\n");
  return { base, run };
}

function tree(dir: string, out: string[] = [], root = dir): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    out.push(relative(root, join(dir, e.name)));
    if (e.isDirectory()) tree(join(dir, e.name), out, root);
  }
  return out.sort();
}

test("swirl export --filter with a path in it is refused before any file is read or written", () => {
  const { base, run } = layout();
  const before = tree(base);
  for (const name of ["x/../../esc", "../esc", "bogus"]) {
    const r = swirl("export", run, "--filter", name);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, new RegExp(`^swirl export: --filter: unknown filter "${name.replace(/[.]/g, "\\.")}" \\(use none, process, outcome, process\\+outcome\\)$`, "m"));
    assert.ok(!r.stdout.includes("exported"), r.stdout);
  }
  assert.deepEqual(tree(base), before);
});

test("exportStateSet refuses an unknown filter name too", async () => {
  const { base, run } = layout();
  await assert.rejects(exportStateSet({ runDir: run, filter: "x/../../esc" }), /unknown filter "x\/\.\.\/\.\.\/esc"/);
  assert.deepEqual(tree(base), ["esc.jsonl", "run"]);
});
