import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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
      for (const heading of ["[1/5] base policy", "[2/5] stage 1", "[3/5] stage 2", "[4/5] evaluation", "Table 2", "Each training seed", "Figure 4", "Figure 5", "Table 3", "judge FPR", "held-out states", "[5/5] report"]) {
        assert.ok(out.includes(heading), `output has "${heading}"`);
      }
      assert.match(out, /base\s+\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]/, "the base accuracy carries a 95% interval");
      assert.match(out, /SWiRL on QA\s+\d\.\d{3} \(seeds \d\.\d{3}–\d\.\d{3}\)\s+[+-]\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\]/, "pooled Δ with its interval");
      assert.ok(existsSync(join(dir, "run", "report.html")));
      for (const fam of ["qa", "math"]) {
        for (const f of ["trajectories.jsonl", "verdicts.jsonl", "states.process.jsonl", "filter-counts.json", join("train-process-s1", "metrics.jsonl"), join("train-process-s2", "metrics.jsonl")]) {
          assert.ok(existsSync(join(dir, "run", fam, f)), `${fam}/${f}`);
        }
      }
      assert.ok(readdirSync(join(dir, "run", "eval")).filter((f) => f.endsWith(".json")).length >= 20);
      const results = JSON.parse(readFileSync(join(dir, "run", "results.json"), "utf8")) as Record<string, unknown> & { train_seeds: number[]; qa_delta_pooled: { mean: number; lo: number; hi: number; per_seed: number[] } };
      for (const k of ["code_commit", "seconds", "qa_delta_pooled", "math_delta_pooled", "sft_delta_pooled", "transfer_qa_to_math", "transfer_math_to_qa", "seeds", "filters"]) assert.ok(k in results, `results.json has ${k}`);
      assert.deepEqual(results.train_seeds, [1, 2], "two training seeds in the quick demo");
      const q = results.qa_delta_pooled;
      assert.ok(q.lo <= q.mean && q.mean <= q.hi, "the pooled mean lies in its interval");
      assert.equal(q.mean.toFixed(6), (q.per_seed.reduce((a, b) => a + b, 0) / 2).toFixed(6), "the pooled mean is the mean of the seeds' Δ");
      assert.match(readFileSync(join(dir, "run", "results.md"), "utf8"), /^# swirl demo results[\s\S]*\| policy \| QA accuracy \|/);
      // a second run resumes: the base policy comes from the cache and finished stages are
      // skipped; asked for a third training seed, it trains that seed and pools all three
      const again = run("--train-seeds", "3");
      assert.equal(again.status, 0, String(again.stderr));
      const out2 = String(again.stdout);
      assert.match(out2, /loaded base-/);
      assert.match(out2, /swirl-qa-process-s3: 3 updates/);
      const results3 = JSON.parse(readFileSync(join(dir, "run", "results.json"), "utf8")) as { train_seeds: number[]; qa_delta_pooled: { per_seed: number[] } };
      assert.deepEqual(results3.train_seeds, [1, 2, 3]);
      assert.deepEqual(results3.qa_delta_pooled.per_seed.slice(0, 2), q.per_seed, "the resumed seeds keep their figures");
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
