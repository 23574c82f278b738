/**
 * The fault suite: `npm run bench -- faults --quick` as a test (real child processes killed with
 * SIGKILL, a flaky HTTP server on 127.0.0.1, two writers, a checkpoint save cut between its
 * renames), held to the targets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { benchFaults } from "./faults.js";

test("kill -9, flaky servers and two writers: nothing lost, nothing duplicated, nothing paid twice, every failure recorded", async () => {
  const r = await benchFaults({ quick: true, seed: 2, log: () => {} });
  assert.equal(r.lost, 0);
  assert.equal(r.duplicated, 0);
  assert.equal(r.repaid_beyond_in_flight, 0);
  assert.ok(Number(r.failures_injected) > 0);
  assert.equal(r.failures_recorded, r.failures_injected, JSON.stringify({ injected: r.injected_by_kind, recorded: r.recorded_by_kind }));
  assert.equal(r.train_judge_calls_repaid, 0);
  assert.ok(Number(r.kills) > 0);
  const trainKills = (r.scenarios as { scenario: string; kills_while_counting_updates?: number }[]).find((s) => s.scenario === "train")!.kills_while_counting_updates!;
  assert.ok(Number(r.train_updates_repeated) <= trainKills * Number(r.train_checkpoint_every), `${r.train_updates_repeated} updates repeated over ${trainKills} kills`);
  assert.equal(r.second_writer_refused, true);
  assert.equal(r.stale_lock_taken_over, true);
  assert.equal(r.checkpoint_rename_kill_recovered, true);
});
