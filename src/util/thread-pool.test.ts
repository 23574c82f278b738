import { test } from "node:test";
import assert from "node:assert/strict";
import { ThreadPool } from "./thread-pool.js";

type Job = number | "fail" | "exit";
type Result = { square: number; thread: number };
const fixture = new URL("./thread-pool.fixture.js", import.meta.url);

test("a thread pool runs jobs on all its threads; a failed job rejects alone; a dead thread leaves the pool", async () => {
  const pool = new ThreadPool<Job, Result>(fixture, null, 2);
  try {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run(n)));
    assert.deepEqual(results.map((r) => r.square), [1, 4, 9, 16, 25, 36]);
    assert.equal(new Set(results.map((r) => r.thread)).size, 2, "both threads worked");
    await assert.rejects(pool.run("fail"), /job failed on purpose/);
    assert.equal((await pool.run(7)).square, 49);
    await assert.rejects(pool.run("exit"), /worker thread exited \(code 3\)/);
    assert.equal((await pool.run(8)).square, 64, "the other thread carries on");
  } finally {
    await pool.close();
  }
});
