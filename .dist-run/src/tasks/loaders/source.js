/**
 * Reading a dataset from a local path or an http(s) URL: line by line for JSON Lines (so large
 * files stream), or whole for JSON documents.
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
export function isUrl(source) {
    return /^https?:\/\//i.test(source);
}
async function fetchOk(url) {
    const res = await fetch(url);
    if (!res.ok || !res.body)
        throw new Error(`download ${url}: HTTP ${res.status}`);
    return res;
}
/** Yields each line with its 1-based number; a trailing "\r" is dropped. */
export async function* readLines(source) {
    const input = isUrl(source)
        ? Readable.fromWeb((await fetchOk(source)).body)
        : createReadStream(source);
    const rl = createInterface({ input, crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
        line++;
        yield { line, text };
    }
}
export async function readText(source) {
    return isUrl(source) ? (await fetchOk(source)).text() : readFile(source, "utf8");
}
/** Yields the parsed object of every non-blank JSONL line; a line that is not a JSON object is an error. */
export async function* readJsonlObjects(source) {
    for await (const { line, text } of readLines(source)) {
        if (text.trim() === "")
            continue;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            throw new MalformedRecordError({ file: source, line, field: "", problem: `invalid JSON (${e.message})` });
        }
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
            throw new MalformedRecordError({ file: source, line, field: "", problem: "not a JSON object" });
        }
        yield { line, record: value };
    }
}
/** Parses a whole JSON document; a syntax error names the line it occurred on. */
export function parseJsonDocument(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const msg = e.message;
        const pos = /position (\d+)/.exec(msg);
        const line = pos ? lineAt(text, Number(pos[1])) : 0;
        throw new MalformedRecordError({ file, line, field: "", problem: `invalid JSON (${msg})` });
    }
}
export function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * The 1-based start line of each element of the array at `path` inside a JSON document — found
 * by a cheap scan only when an error must be reported, so whole-document loaders can still name
 * a line. `depth` is the nesting depth of the elements (1 for a top-level array, 2 for {data: [...]}).
 */
export function elementLines(text, depth) {
    const lines = [];
    let line = 1;
    let level = 0;
    let inString = false;
    let expectValue = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92)
                i++; // skip the escaped character
            else if (c === 34)
                inString = false;
            continue;
        }
        const isSpace = c === 32 || c === 9 || c === 10 || c === 13;
        if (expectValue && !isSpace) {
            lines.push(line);
            expectValue = false;
        }
        if (c === 34)
            inString = true;
        else if (c === 91 || c === 123) {
            level++;
            if (c === 91 && level === depth)
                expectValue = true;
        }
        else if (c === 93 || c === 125)
            level--;
        else if (c === 44 && level === depth)
            expectValue = true;
    }
    return lines;
}
//# sourceMappingURL=source.js.map