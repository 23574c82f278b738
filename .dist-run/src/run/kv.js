/**
 * The cache interface behind "nothing is paid twice": model completions and judge verdicts are
 * stored under a content hash of their request. An in-memory store serves tests and one-off
 * calls; a run folder provides an append-only JSONL store that survives kill -9.
 */
import * as crypto from "node:crypto";
export class MemoryStore {
    map = new Map();
    get(key) {
        return this.map.get(key);
    }
    async set(key, value) {
        this.map.set(key, value);
    }
    get size() {
        return this.map.size;
    }
}
/** sha256 of a value's canonical JSON (object keys sorted), hex. */
export function contentHash(value) {
    return sha256Hex(canonicalJson(value));
}
// the one-shot crypto.hash (Node >= 20.12) skips the Hash object; cache keys hash on every request
const oneShot = typeof crypto.hash === "function" ? crypto.hash : undefined;
/** sha256 of a string's UTF-8 bytes, hex. */
export function sha256Hex(text) {
    return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}
export function canonicalJson(value) {
    if (value === null || typeof value !== "object")
        return JSON.stringify(value) ?? "null";
    // string building without intermediate arrays: this runs on every policy request (cache keys)
    if (Array.isArray(value)) {
        let s = "[";
        for (let i = 0; i < value.length; i++)
            s += (i > 0 ? "," : "") + canonicalJson(value[i]);
        return s + "]";
    }
    const obj = value;
    const keys = Object.keys(obj).sort(); // UTF-16 code unit order
    let s = "{";
    let first = true;
    for (const k of keys) {
        const v = obj[k];
        if (v === undefined)
            continue;
        s += (first ? "" : ",") + JSON.stringify(k) + ":" + canonicalJson(v);
        first = false;
    }
    return s + "}";
}
//# sourceMappingURL=kv.js.map