/**
 * The report in real headless Chromium (Debian's `chromium`, driven by playwright-core; no
 * browser download): loads from disk with no console errors, tables, charts and the
 * trajectory browser are there, and the browser's filters work.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadReportData, writeReport } from "./index.js";

const FIXTURE = fileURLToPath(new URL("../../../test/fixtures/report-run", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

test("the report renders in headless Chromium with working charts and trajectory filters", { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`, timeout: 120_000 }, async () => {
  const { chromium } = await import("playwright-core");
  const dir = await mkdtemp(join(tmpdir(), "swirl-report-browser-"));
  const path = await writeReport(dir, loadReportData(FIXTURE));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
    await page.goto(pathToFileURL(path).href, { waitUntil: "load" });

    assert.equal(await page.locator("figure.table table").count(), 3); // demo table, eval summary, survivors
    const charts = await page.evaluate(() => {
      const w = globalThis as unknown as { __swirlCharts: { canvas: { width: number; height: number } }[] };
      return w.__swirlCharts.map((c) => [c.canvas.width, c.canvas.height]);
    });
    assert.equal(charts.length, 6); // reward, groups all equal, KL, loss, GOOD by step, survivors
    for (const [w, h] of charts) assert.ok(w > 0 && h > 0, `canvas ${w}x${h}`);

    const visible = () => page.locator("details.traj:not([hidden])").count();
    assert.equal(await visible(), 6);
    await page.selectOption("#f-outcome", "correct");
    assert.equal(await visible(), 3);
    await page.selectOption("#f-outcome", "incorrect");
    assert.equal(await visible(), 1);
    await page.selectOption("#f-outcome", "");
    await page.selectOption("#f-filter", "passes process");
    assert.equal(await visible(), 2);
    await page.selectOption("#f-filter", "");
    await page.selectOption("#f-stop", "step_cap");
    assert.equal(await visible(), 1);
    await page.selectOption("#f-stop", "");
    await page.fill("#f-search", "pell & ward");
    assert.equal(await visible(), 1);
    assert.match(await page.locator("#f-count").textContent() ?? "", /^1 of 6/);

    // open the trajectory whose text is an injection attempt: shown as text, never run
    await page.fill("#f-search", "onerror");
    await page.locator("details.traj:not([hidden]) summary").first().click();
    const action = await page.locator("details.traj[open] pre.action").first().textContent();
    assert.ok(action?.includes("<img src=x"));
    assert.equal(await page.locator("img").count(), 0);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);

    await page.fill("#f-search", "");
    if (process.env.SWIRL_REPORT_SCREENSHOT) await page.screenshot({ path: process.env.SWIRL_REPORT_SCREENSHOT, fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
  } finally {
    await browser.close();
  }
});
