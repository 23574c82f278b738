import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("swirl demo --quick", () => {
  it("runs every stage end to end in a child process and prints the paper's tables in miniature", () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-demo-"));
    try {
      const run = (...extra: string[]): ReturnType<typeof spawnSync> =>
        spawnSync(process.execPath, ["dist/src/cli/main.js", "demo", "--quick", "--out", join(dir, "run"), "--cache", join(dir, "cache"), ...extra], { encoding: "utf8", timeout: 600_000 });
      const r = run();
      assert.equal(r.status, 0, String(r.stderr));
      const out = String(r.stdout);
      for (const heading of ["[1/5] base policy", "[2/5] stage 1", "[3/5] stage 2", "[4/5] evaluation", "Table 2", "Figure 4", "Figure 5", "Table 3", "judge FPR", "held-out states", "[5/5] report"]) {
        assert.ok(out.includes(heading), `output has "${heading}"`);
      }
      assert.match(out, /SWiRL on QA\s+\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]/, "accuracies carry 95% intervals");
      assert.ok(existsSync(join(dir, "run", "report.html")));
      for (const fam of ["qa", "math"]) {
        for (const f of ["trajectories.jsonl", "verdicts.jsonl", "states.process.jsonl", "filter-counts.json", join("train-process", "metrics.jsonl")]) {
          assert.ok(existsSync(join(dir, "run", fam, f)), `${fam}/${f}`);
        }
      }
      assert.ok(readdirSync(join(dir, "run", "eval")).filter((f) => f.endsWith(".json")).length >= 10);
      assert.ok(!out.includes("across training seeds"), "one training seed by default");
      // a second run resumes: the base policy comes from the cache and finished stages are skipped;
      // asked for two training seeds, it trains only the new one and reports both
      const again = run("--train-seeds", "2");
      assert.equal(again.status, 0, String(again.stderr));
      const out2 = String(again.stdout);
      assert.match(out2, /loaded base-/);
      assert.match(out2, /swirl-qa-process-seed2: 3 updates/);
      assert.match(out2, /SWiRL on QA across training seeds[\s\S]*\n1 +\d\.\d{3} \[[\s\S]*\n2 +\d\.\d{3} \[[\s\S]*Mean Δ [+-]\d\.\d{3}, median/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes base-policy settings from --base, and names the line and field of a bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "swirl-demo-base-"));
    try {
      const demo = (base: string): ReturnType<typeof spawnSync> => {
        writeFileSync(join(dir, "base.yaml"), base);
        return spawnSync(process.execPath, ["dist/src/cli/main.js", "demo", "--quick", "--base", join(dir, "base.yaml"), "--out", join(dir, "run"), "--cache", join(dir, "cache")], { encoding: "utf8", timeout: 600_000 });
      };
      const bad = demo("steps: 20\nmathSteps: [2, 3]\nstopShortRate: 2\n");
      assert.notEqual(bad.status, 0);
      assert.match(String(bad.stderr), /base\.yaml:3: field "stopShortRate"/);
      const ok = demo("steps: 20\nmathSteps: [2, 3]\n");
      assert.equal(ok.status, 0, String(ok.stderr));
      assert.match(String(ok.stdout), /pretrain step \d+\/20 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
