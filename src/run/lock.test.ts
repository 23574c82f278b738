import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { acquireRunLock, RunLockedError } from "./lock.js";
import { RunFolder } from "./run-folder.js";

const LOCK_JS = new URL("./lock.js", import.meta.url).href;

test("a second writer of a stage is refused with the holder named; another stage or a release frees it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-lock-"));
  // the holder is another process, as in real use
  const child = spawn(process.execPath, ["--input-type=module", "-e", `import { acquireRunLock } from ${JSON.stringify(LOCK_JS)}; acquireRunLock(${JSON.stringify(dir)}, "generate"); console.log("locked"); setInterval(() => {}, 1000);`], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    assert.throws(() => acquireRunLock(dir, "generate"), (e: unknown) => {
      assert.ok(RunLockedError.isInstance(e));
      assert.equal(e.holder?.pid, child.pid);
      assert.match(e.message, new RegExp(`pid ${child.pid} on ${hostname()}`));
      assert.match(e.message, /swirl generate/);
      return true;
    });
    acquireRunLock(dir, "judge").release(); // stages lock apart
  } finally {
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
  }
  // the killed holder's lock is stale: taken over, and the run folder's log says so
  const run = RunFolder.open(dir);
  const lock = run.lock("generate");
  assert.equal(lock.tookOver?.pid, child.pid);
  assert.equal(JSON.parse(readFileSync(lock.file, "utf8")).pid, process.pid);
  const events = readFileSync(run.path("stageLog"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.match(events.at(-1).note, new RegExp(`took over the lock of pid ${child.pid}`));
  lock.release();
  assert.ok(!existsSync(lock.file));
  rmSync(dir, { recursive: true, force: true });
});

test("a lock from another host is never taken over (its pid says nothing here)", () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-lock-"));
  const lock = acquireRunLock(dir, "train");
  lock.release();
  const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
  writeFileSync(lock.file, JSON.stringify({ pid: dead, host: `${hostname()}-elsewhere`, started: "2026-01-01T00:00:00Z", stage: "train" }));
  assert.throws(() => acquireRunLock(dir, "train"), /elsewhere/);
  rmSync(dir, { recursive: true, force: true });
});
