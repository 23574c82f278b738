/**
 * The cache interface behind "nothing is paid twice": model completions and judge verdicts are
 * stored under a content hash of their request. An in-memory store serves tests and one-off
 * calls; a run folder provides an append-only JSONL store that survives kill -9.
 */
import { createHash } from "node:crypto";

export interface KeyValueStore<V> {
  get(key: string): V | undefined;
  /** Records a value; durable stores persist it before resolving. */
  set(key: string, value: V): Promise<void>;
}

export class MemoryStore<V> implements KeyValueStore<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  async set(key: string, value: V): Promise<void> {
    this.map.set(key, value);
  }
  get size(): number {
    return this.map.size;
  }
}

/** sha256 of a value's canonical JSON (object keys sorted), hex. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
