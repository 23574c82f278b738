import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppendStore } from "./append-store.js";
import { JsonlStore } from "./jsonl-kv.js";
import { RunFolder } from "./run-folder.js";
import { parseTrajectory } from "./records.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
const tmp = () => mkdtemp(join(tmpdir(), "swirl-run-"));
const lines = (file) => readFileSync(file, "utf8").split("\n").filter(Boolean);
const traj = (id) => ({
    id, exampleId: id.split("#")[0], sample: 0, prompt: [{ role: "user", content: "q" }],
    steps: [{ text: "<answer>x</answer>", action: { kind: "answer", answer: "x", reasoning: "" }, tokens: 3, ms: 1 }], stop: "answered", answer: "x",
});
test("records appended survive reopening, indexed by id", async () => {
    const file = join(await tmp(), "a.jsonl");
    const s = AppendStore.open(file, { idOf: (r) => r.id });
    s.append({ id: "a", n: 1 });
    s.append({ id: "b", n: 2 });
    s.close();
    const again = AppendStore.open(file, { idOf: (r) => r.id });
    assert.equal(again.size, 2);
    assert.deepEqual(again.get("b"), { id: "b", n: 2 });
    assert.equal(again.report.truncatedBytes, 0);
    again.close();
});
test("a torn last line is cut on open, reported, and appends continue on a clean line", async () => {
    const file = join(await tmp(), "a.jsonl");
    writeFileSync(file, '{"id":"a","n":1}\n{"id":"b","n":2}\n{"id":"c","n"');
    const s = AppendStore.open(file, { idOf: (r) => r.id });
    assert.equal(s.report.truncatedBytes, '{"id":"c","n"'.length);
    assert.equal(s.size, 2);
    assert.ok(!s.has("c"));
    s.append({ id: "c", n: 3 });
    s.close();
    assert.deepEqual(lines(file).map((l) => JSON.parse(l).id), ["a", "b", "c"]);
});
test("the run folder logs a recovered torn line in the stage log", async () => {
    const dir = await tmp();
    const run = RunFolder.open(dir);
    writeFileSync(run.path("trajectories"), JSON.stringify(traj("q1#0")) + "\n" + JSON.stringify(traj("q2#0")).slice(0, 40));
    const s = run.openTrajectories("generate");
    assert.equal(s.size, 1);
    s.close();
    const log = lines(run.path("stageLog")).map((l) => JSON.parse(l));
    assert.equal(log[0].event, "recovered");
    assert.ok(log[0].truncatedBytes > 0);
});
test("a malformed record names the file, the line and the field", async () => {
    const file = join(await tmp(), "trajectories.jsonl");
    const bad = { ...traj("q2#0"), steps: [{ ...traj("q").steps[0], action: { kind: "answer", answer: 5, reasoning: "" } }] };
    writeFileSync(file, JSON.stringify(traj("q1#0")) + "\n" + JSON.stringify(bad) + "\n");
    assert.throws(() => AppendStore.open(file, { idOf: (t) => t.id, parse: parseTrajectory }), (e) => MalformedRecordError.isInstance(e) && e.line === 2 && e.field === "steps[0].action.answer" && e.file === file);
    writeFileSync(file, "{not json\n");
    assert.throws(() => AppendStore.open(file, { idOf: (t) => t.id, parse: parseTrajectory }), /trajectories\.jsonl:1: record: invalid JSON/);
});
test("a later line of an id replaces the earlier; compact keeps one line per id atomically", async () => {
    const file = join(await tmp(), "a.jsonl");
    const s = AppendStore.open(file, { idOf: (r) => r.id, retain: false });
    s.append({ id: "a", n: 1 });
    s.append({ id: "b", n: 1 });
    s.append({ id: "a", n: 2 });
    assert.equal(s.superseded, 1);
    s.compact();
    assert.equal(s.superseded, 0);
    s.append({ id: "c", n: 1 });
    s.close();
    assert.deepEqual(lines(file), ['{"id":"b","n":1}', '{"id":"a","n":2}', '{"id":"c","n":1}']);
    const again = AppendStore.open(file, { idOf: (r) => r.id });
    assert.equal(again.superseded, 0);
    assert.equal(again.get("a")?.n, 2);
    again.close();
});
test("batched appends: each resolves with its line already written, in call order, sync appends included", async () => {
    const file = join(await tmp(), "a.jsonl");
    const s = AppendStore.open(file, { idOf: (r) => r.id });
    const written = [];
    const onDisk = (id) => lines(file).some((l) => JSON.parse(l).id === id);
    const a = s.appendBatched({ id: "a", n: 1 }).then(() => written.push(onDisk("a")));
    const b = s.appendBatched({ id: "b", n: 1 }).then(() => written.push(onDisk("b")));
    s.append({ id: "c", n: 1 }); // writes the queued lines first
    const d = s.appendBatched({ id: "d", n: 1 }).then(() => written.push(onDisk("d")));
    await Promise.all([a, b, d]);
    assert.deepEqual(written, [true, true, true]);
    // queued when closed: close writes it first
    const e = s.appendBatched({ id: "e", n: 1 });
    s.close();
    await e;
    await assert.rejects(s.appendBatched({ id: "f", n: 1 }), /closed/);
    assert.deepEqual(lines(file).map((l) => JSON.parse(l).id), ["a", "b", "c", "d", "e"]);
    const again = AppendStore.open(file, { idOf: (r) => r.id });
    assert.equal(again.size, 5);
    again.close();
});
test("the JSONL key-value store persists values and validates them on read", async () => {
    const file = join(await tmp(), "cache.jsonl");
    const kv = JsonlStore.open(file);
    await kv.set("k1", { text: "one" });
    kv.close();
    appendFileSync(file, '{"key":"k2","val'); // killed mid-line
    const again = JsonlStore.open(file);
    assert.deepEqual(again.get("k1"), { text: "one" });
    assert.equal(again.get("k2"), undefined);
    assert.ok(again.truncatedBytes > 0);
    again.close();
    appendFileSync(file, '{"key":"k3","value":{"text":7}}\n');
    const { z } = await import("zod");
    assert.throws(() => JsonlStore.open(file, z.object({ text: z.string() })), /cache\.jsonl:2: field "value\.text"/);
});
test("retainAppended off: new records are written and replayed on reopen, but never indexed in this process", async () => {
    const file = join(await tmp(), "cache.jsonl");
    const first = JsonlStore.open(file);
    await first.set("old", { text: "read at open" });
    first.close();
    const kv = JsonlStore.open(file, undefined, { retainAppended: false });
    await kv.set("new", { text: "written" });
    assert.deepEqual(kv.get("old"), { text: "read at open" });
    assert.equal(kv.get("new"), undefined);
    assert.equal(kv.size, 1); // memory does not grow with what this run writes
    kv.close();
    const again = JsonlStore.open(file);
    assert.deepEqual(again.get("new"), { text: "written" });
    assert.equal(again.size, 2);
    again.close();
    const store = AppendStore.open(join(await tmp(), "a.jsonl"), { idOf: (r) => r.id, retainAppended: false });
    store.append({ id: "a", n: 1 });
    assert.throws(() => store.compact(), /not indexed/);
    store.close();
});
test("a read-only reader ignores a torn tail without cutting it (a writer may be mid-line)", async () => {
    const file = join(await tmp(), "a.jsonl");
    writeFileSync(file, '{"id":"a","n":1}\n{"id":"b"');
    const r = AppendStore.open(file, { idOf: (x) => x.id, readOnly: true });
    assert.equal(r.size, 1);
    assert.ok(r.report.truncatedBytes > 0);
    assert.throws(() => r.append({ id: "c", n: 1 }), /read-only/);
    r.close();
    assert.equal(readFileSync(file, "utf8"), '{"id":"a","n":1}\n{"id":"b"');
    assert.equal(AppendStore.open(join(file, "..", "absent.jsonl"), { idOf: (x) => x.id, readOnly: true }).size, 0);
});
//# sourceMappingURL=append-store.test.js.map