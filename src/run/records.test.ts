import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { readExamples, readStates } from "./records.js";

const state = (i: number) => ({ id: `t#0@${i}`, trajectoryId: "t#0", exampleId: "t", stepIndex: i, messages: [{ role: "user", content: "q" }], action: "<answer>a</answer>" });

test("a JSONL file is read whole: blank lines skipped, a last line without its newline kept", () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-records-"));
  try {
    const f = join(dir, "states.none.jsonl");
    writeFileSync(f, `${JSON.stringify(state(0))}\n\n${JSON.stringify(state(1))}`);
    assert.deepEqual(readStates(f).map((s) => s.stepIndex), [0, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a bad line stops the read with its file, line and field", () => {
  const dir = mkdtempSync(join(tmpdir(), "swirl-records-"));
  try {
    const f = join(dir, "examples.jsonl");
    const ok = { id: "e1", dataset: "d", kind: "qa", question: "q?", answers: ["a"] };
    writeFileSync(f, `${JSON.stringify(ok)}\n{"id": \n`);
    assert.throws(() => readExamples(f), (e: unknown) => MalformedRecordError.isInstance(e) && e.file === f && e.line === 2 && /not valid JSON/.test(e.message));
    writeFileSync(f, `${JSON.stringify(ok)}\n${JSON.stringify({ ...ok, id: "e2", kind: "two words" })}\n`);
    assert.throws(() => readExamples(f), (e: unknown) => MalformedRecordError.isInstance(e) && e.line === 2 && e.field === "kind");
    writeFileSync(f, `${JSON.stringify(ok)}\n`);
    assert.deepEqual([...readExamples(f).keys()], ["e1"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
