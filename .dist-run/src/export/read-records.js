/**
 * Reads the state set (`states.<filter>.jsonl`: one State per line) and, optionally, the task's
 * examples. A bad record stops with an error naming the file, line and field: exporting or
 * serving a half-read state set would silently train on the wrong data.
 */
import { readFileSync } from "node:fs";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function lines(path) {
    const out = [];
    readFileSync(path, "utf8").split("\n").forEach((text, i) => {
        if (text.trim() === "")
            return;
        try {
            out.push({ value: JSON.parse(text), line: i + 1 });
        }
        catch {
            throw new MalformedRecordError({ file: path, line: i + 1, field: "", problem: "not valid JSON" });
        }
    });
    return out;
}
export function parseMessages(v, file, line, field) {
    if (!Array.isArray(v))
        throw new MalformedRecordError({ file, line, field, problem: "must be a list of {role, content}" });
    return v.map((m, i) => {
        if (!isObject(m) || !["system", "user", "assistant"].includes(m.role) || typeof m.content !== "string") {
            throw new MalformedRecordError({ file, line, field: `${field}[${i}]`, problem: "must be {role: system|user|assistant, content: string}" });
        }
        return { role: m.role, content: m.content };
    });
}
export function parseState(v, file, line) {
    if (!isObject(v))
        throw new MalformedRecordError({ file, line, field: "", problem: "must be a JSON object" });
    for (const k of ["id", "trajectoryId", "exampleId", "action"]) {
        if (typeof v[k] !== "string")
            throw new MalformedRecordError({ file, line, field: k, problem: "must be a string" });
    }
    if (typeof v.stepIndex !== "number" || !Number.isInteger(v.stepIndex) || v.stepIndex < 0) {
        throw new MalformedRecordError({ file, line, field: "stepIndex", problem: "must be a non-negative integer" });
    }
    return {
        id: v.id, trajectoryId: v.trajectoryId, exampleId: v.exampleId, stepIndex: v.stepIndex,
        messages: parseMessages(v.messages, file, line, "messages"), action: v.action,
    };
}
export function readStates(path) {
    return lines(path).map(({ value, line }) => parseState(value, path, line));
}
export function readExamples(path) {
    const out = new Map();
    for (const { value, line } of lines(path)) {
        if (!isObject(value) || typeof value.id !== "string")
            throw new MalformedRecordError({ file: path, line, field: "id", problem: "must be a string" });
        if (typeof value.question !== "string")
            throw new MalformedRecordError({ file: path, line, field: "question", problem: "must be a string" });
        if (value.kind !== "qa" && value.kind !== "math")
            throw new MalformedRecordError({ file: path, line, field: "kind", problem: 'must be "qa" or "math"' });
        out.set(value.id, value);
    }
    return out;
}
//# sourceMappingURL=read-records.js.map