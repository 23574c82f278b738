/**
 * Reads the state set (`states.<filter>.jsonl`: one State per line) and, optionally, the task's
 * examples. A bad record stops with an error naming the file, line and field: exporting or
 * serving a half-read state set would silently train on the wrong data.
 */
import { readFileSync } from "node:fs";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import type { Example, Message, State } from "../types.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function lines(path: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  readFileSync(path, "utf8").split("\n").forEach((text, i) => {
    if (text.trim() === "") return;
    try {
      out.push({ value: JSON.parse(text), line: i + 1 });
    } catch {
      throw new MalformedRecordError({ file: path, line: i + 1, field: "", problem: "not valid JSON" });
    }
  });
  return out;
}

export function parseMessages(v: unknown, file: string, line: number, field: string): Message[] {
  if (!Array.isArray(v)) throw new MalformedRecordError({ file, line, field, problem: "must be a list of {role, content}" });
  return v.map((m, i) => {
    if (!isObject(m) || !["system", "user", "assistant"].includes(m.role as string) || typeof m.content !== "string") {
      throw new MalformedRecordError({ file, line, field: `${field}[${i}]`, problem: "must be {role: system|user|assistant, content: string}" });
    }
    return { role: m.role as Message["role"], content: m.content };
  });
}

export function parseState(v: unknown, file: string, line: number): State {
  if (!isObject(v)) throw new MalformedRecordError({ file, line, field: "", problem: "must be a JSON object" });
  for (const k of ["id", "trajectoryId", "exampleId", "action"] as const) {
    if (typeof v[k] !== "string") throw new MalformedRecordError({ file, line, field: k, problem: "must be a string" });
  }
  if (typeof v.stepIndex !== "number" || !Number.isInteger(v.stepIndex) || v.stepIndex < 0) {
    throw new MalformedRecordError({ file, line, field: "stepIndex", problem: "must be a non-negative integer" });
  }
  return {
    id: v.id as string, trajectoryId: v.trajectoryId as string, exampleId: v.exampleId as string, stepIndex: v.stepIndex,
    messages: parseMessages(v.messages, file, line, "messages"), action: v.action as string,
  };
}

export function readStates(path: string): State[] {
  return lines(path).map(({ value, line }) => parseState(value, path, line));
}

export function readExamples(path: string): Map<string, Example> {
  const out = new Map<string, Example>();
  for (const { value, line } of lines(path)) {
    if (!isObject(value) || typeof value.id !== "string") throw new MalformedRecordError({ file: path, line, field: "id", problem: "must be a string" });
    if (typeof value.question !== "string") throw new MalformedRecordError({ file: path, line, field: "question", problem: "must be a string" });
    if (value.kind !== "qa" && value.kind !== "math") throw new MalformedRecordError({ file: path, line, field: "kind", problem: 'must be "qa" or "math"' });
    out.set(value.id, value as unknown as Example);
  }
  return out;
}
