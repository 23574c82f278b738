/**
 * A KeyValueStore on an append-only JSONL file (`{"key": …, "value": …}` per line): the policy
 * and judge caches of a run folder. A value is on disk before `set` resolves, so whatever a
 * killed run was answered is still answered when it resumes.
 */
import type { z } from "zod";
import { AppendStore } from "./append-store.js";
import type { KeyValueStore } from "./kv.js";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
import { issuePath } from "./records.js";

interface Entry<V> {
  readonly key: string;
  readonly value: V;
}

export class JsonlStore<V> implements KeyValueStore<V> {
  private constructor(private readonly store: AppendStore<Entry<V>>) {}

  /**
   * Opens or creates the file; `schema` validates each value read back. `retainAppended: false`
   * keeps in memory only the values read at open: a value `set` by this process is on disk and
   * counted but `get` no longer returns it (for caches whose new keys never repeat within a run).
   */
  static open<V>(file: string, schema?: z.ZodType<V>, opts: { retainAppended?: boolean } = {}): JsonlStore<V> {
    const store = AppendStore.open<Entry<V>>(file, {
      idOf: (e) => e.key,
      retainAppended: opts.retainAppended,
      parse: (value, f, line) => {
        const e = value as Partial<Entry<unknown>>;
        if (typeof e?.key !== "string") throw new MalformedRecordError({ file: f, line, field: "key", problem: "expected a string" });
        if (!schema) return e as Entry<V>;
        const r = schema.safeParse(e.value);
        if (!r.success) {
          const issue = r.error.issues[0]!;
          throw new MalformedRecordError({ file: f, line, field: issuePath(["value", ...issue.path]), problem: issue.message });
        }
        return { key: e.key, value: r.data };
      },
    });
    return new JsonlStore(store);
  }

  get(key: string): V | undefined {
    return this.store.get(key)?.value;
  }

  /** Resolves once the line is written; lines set in the same loop turn share one write. */
  set(key: string, value: V): Promise<void> {
    return this.store.appendBatched({ key, value });
  }

  get size(): number {
    return this.store.size;
  }

  /** Bytes of a torn last line cut off on open (0 normally). */
  get truncatedBytes(): number {
    return this.store.report.truncatedBytes;
  }

  close(): void {
    this.store.close();
  }
}
