import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadReportData, writeReport, escapeHtml, jsonForScript, summaryTable, emptyReportData } from "./index.js";

const FIXTURE = fileURLToPath(new URL("../../../test/fixtures/report-run", import.meta.url));
const XSS = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>';

test("loadReportData reads every file of a run folder and skips a torn last line with a warning", () => {
  const d = loadReportData(FIXTURE);
  assert.equal(d.trajectories.length, 6);
  assert.ok(d.warnings.some((w) => w.includes("trajectories.jsonl:7")), d.warnings.join("\n"));
  assert.deepEqual(d.curves.map((c) => c.series.map((s) => s.name)), [["swirl"], ["swirl"], ["swirl"], ["swirl", "sft"]]);
  assert.equal(d.tables.length, 2); // report.json's table, then eval/swirl-qa.json
  assert.deepEqual(d.survivors.process, { trajectories: 2, states: 5 });
  assert.deepEqual(d.survivors["process+outcome"], { trajectories: 2, states: 5 });
  assert.deepEqual(d.survivors.outcome, { trajectories: 3, states: 7 });
  const q1 = d.trajectories.find((t) => t.id === "q1#0")!;
  assert.equal(q1.correct, true);
  assert.deepEqual(q1.answerKey, ["Tessaly"]);
  assert.deepEqual(q1.passes, ["process", "outcome", "process+outcome"]);
  assert.equal(q1.question, "Where was the founder of Velmora Press born?");
  // step 1: q1, q2, q3, q4, q5, q6 judged; GOOD at q1, q2, q3, q6
  assert.equal(d.goodByStep[0].values[0], 4 / 6);
  assert.equal(d.goodByStep[0].counts![5], 1);
});

test("loadReportData of an empty or missing folder gives an empty report, not an error", async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-report-empty-"));
  for (const d of [loadReportData(dir), loadReportData(join(dir, "missing"))]) {
    assert.equal(d.trajectories.length, 0);
    assert.equal(d.curves.length, 0);
    assert.deepEqual(d.survivors, {});
  }
  const path = await writeReport(dir, emptyReportData("nothing yet"));
  assert.match(await readFile(path, "utf8"), /No training metrics/);
});

test("model output cannot inject markup: tables are escaped and the data block cannot close its script", async () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  const json = jsonForScript({ s: XSS + "\u2028" });
  assert.ok(!json.includes("<") && !json.includes(">"));
  assert.deepEqual(JSON.parse(json), { s: XSS + "\u2028" });
  const dir = await mkdtemp(join(tmpdir(), "swirl-report-xss-"));
  const html = await readFile(await writeReport(dir, loadReportData(FIXTURE)), "utf8");
  assert.ok(!html.includes("<img"), "raw <img from trajectory content");
  assert.ok(!html.includes("window.__pwned=2</script>"));
  assert.equal((html.match(/<script/g) ?? []).length, 3, "only the data block, Chart.js and the page script");
});

test("summaryTable prints estimates with their interval and flattens nested fields", () => {
  const t = summaryTable("eval", { accuracy: { mean: 0.7, lo: 0.65, hi: 0.75 }, stops: { answered: 3 }, n: 300 });
  assert.deepEqual(t.rows, [["accuracy", "0.700 [0.650, 0.750]"], ["stops.answered", 3], ["n", 300]]);
});

test("swirl report writes report.html for a run folder and says where", async () => {
  const { spawnSync } = await import("node:child_process");
  const out = join(await mkdtemp(join(tmpdir(), "swirl-report-cli-")), "r.html");
  const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "report", FIXTURE, "--out", out], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wrote .*r\.html \(2 tables, 4 curves, 6 trajectories\)/);
  assert.match(r.stderr, /warning: .*trajectories\.jsonl:7/);
  assert.match(await readFile(out, "utf8"), /^<!doctype html>/);
});
