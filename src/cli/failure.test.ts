import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

const swirl = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8", env: { ...process.env, SWIRL_DEBUG: "", ...env } });
const hasStack = (s: string) => /^\s+at /m.test(s);

// one command per kind of missing input, among those that had no error wrapper of their own
const MISSING: Record<string, string[]> = {
  "build-index": ["build-index", "--corpus", "/nonexistent/corpus.jsonl"],
  "search-server": ["search-server", "--corpus", "/nonexistent/corpus.jsonl"],
  "export-gguf": ["export-gguf", "--checkpoint", "/nonexistent/ckpt", "--out", "/nonexistent/x.gguf"],
  report: ["report", "/nonexistent/run"],
  export: ["export", "/nonexistent/run"],
};

for (const [name, args] of Object.entries(MISSING)) {
  test(`swirl ${name} on a missing file: one line naming it, exit 1, no stack`, () => {
    const r = swirl(args);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(!hasStack(r.stderr), r.stderr);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`^swirl ${name}: .*/nonexistent/`));
  });
}

test("a missing file is said plainly, not as a raw ENOENT", () => {
  const r = swirl(MISSING["build-index"]!);
  assert.match(r.stderr, /no such file or folder: \/nonexistent\/corpus\.jsonl/);
  assert.ok(!r.stderr.includes("ENOENT"), r.stderr);
});

test("--debug (before or after the command) and SWIRL_DEBUG=1 add the stack", () => {
  for (const r of [swirl(["--debug", "report", "/nonexistent/run"]), swirl(["report", "--debug", "/nonexistent/run"]), swirl(["report", "/nonexistent/run"], { SWIRL_DEBUG: "1" })]) {
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^swirl report: no run folder at \/nonexistent\/run$/m);
    assert.ok(hasStack(r.stderr), r.stderr);
  }
});
