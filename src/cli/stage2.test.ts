/** The CLI chain of the embedded workflow, end to end in child processes: pretrain → generate → judge → filter → train → eval. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function swirl(...args: string[]): string {
  const r = spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8", timeout: 300_000 });
  assert.equal(r.status, 0, `swirl ${args.join(" ")}\n${r.stderr}`);
  return r.stdout;
}

describe("swirl pretrain, train and eval", () => {
  it("run the embedded workflow from the command line", () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-cli-"));
    try {
      const out = swirl("pretrain", "--cache", join(dir, "cache"), "--preset", "tiny", "--steps", "4", "--qa-questions", "40", "--math-questions", "20");
      const ck = /-> (\S+)$/m.exec(out)![1];
      assert.ok(existsSync(join(ck, "manifest.json")));
      assert.match(swirl("pretrain", "--cache", join(dir, "cache"), "--preset", "tiny", "--steps", "4", "--qa-questions", "40", "--math-questions", "20"), /cached/);
      const run = join(dir, "run");
      swirl("generate", "--run", run, "--task", "synthetic-qa", "--checkpoint", ck, "--limit", "4", "--samples", "2", "--max-action-tokens", "24");
      swirl("judge", "--run", run);
      swirl("filter", "--run", run);
      const train = swirl("train", "--run", run, "--filter", "none", "--steps", "2", "--states-per-step", "2", "--samples", "2", "--balance", "trajectory-length");
      assert.match(train, /step 2\/2 reward/);
      const metrics = readFileSync(join(run, "train-swirl-none", "metrics.jsonl"), "utf8").trim().split("\n");
      assert.equal(metrics.length, 2);
      assert.match(swirl("train", "--run", run, "--filter", "none", "--method", "sft", "--epochs", "1"), /sft finished/);
      const evalOut = swirl("eval", "--run", run, "--checkpoint", join(run, "train-swirl-none", "final"), "--limit", "4", "--process-judge", "--out", join(dir, "eval", "a.jsonl"));
      assert.match(evalOut, /accuracy \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] \(n=4\)/);
      assert.match(evalOut, /mean process label/);
      const cmp = swirl("eval", "--run", run, "--checkpoint", ck, "--limit", "4", "--no-tools", "--out", join(dir, "eval", "b.jsonl"), "--compare", join(dir, "eval", "a.jsonl"));
      assert.match(cmp, /Δ accuracy [+-]\d\.\d{3} \[/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses bad flags with a clear message", () => {
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "train", "--run", "/nonexistent", "--filter", "best"], { encoding: "utf8" });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /train\.filter.*"process\+outcome"/);
    const b = spawnSync(process.execPath, ["dist/src/cli/main.js", "train", "--run", "/nonexistent", "--balance", "hops"], { encoding: "utf8" });
    assert.notEqual(b.status, 0);
    assert.match(b.stderr, /train\.balance.*"trajectory-length"/);
    const n = spawnSync(process.execPath, ["dist/src/cli/main.js", "train", "--run", "/nonexistent", "--steps", "-5"], { encoding: "utf8" });
    assert.notEqual(n.status, 0);
    assert.match(n.stderr, /field "train\.steps": Too small/);
    // tiny is 32 wide: 5 heads cannot split it, and nothing is trained before that is said
    const h = spawnSync(process.execPath, ["dist/src/cli/main.js", "pretrain", "--cache", "/nonexistent", "--preset", "tiny", "--heads", "5"], { encoding: "utf8" });
    assert.notEqual(h.status, 0);
    assert.match(h.stderr, /heads/);
    assert.doesNotMatch(h.stdout, /demonstrations/);
  });
});
