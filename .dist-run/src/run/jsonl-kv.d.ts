/**
 * A KeyValueStore on an append-only JSONL file (`{"key": …, "value": …}` per line): the policy
 * and judge caches of a run folder. A value is on disk before `set` resolves, so whatever a
 * killed run was answered is still answered when it resumes.
 */
import type { z } from "zod";
import type { KeyValueStore } from "./kv.js";
export declare class JsonlStore<V> implements KeyValueStore<V> {
    private readonly store;
    private constructor();
    /**
     * Opens or creates the file; `schema` validates each value read back. `retainAppended: false`
     * keeps in memory only the values read at open: a value `set` by this process is on disk and
     * counted but `get` no longer returns it (for caches whose new keys never repeat within a run).
     */
    static open<V>(file: string, schema?: z.ZodType<V>, opts?: {
        retainAppended?: boolean;
    }): JsonlStore<V>;
    get(key: string): V | undefined;
    /** Resolves once the line is written; lines set in the same loop turn share one write. */
    set(key: string, value: V): Promise<void>;
    get size(): number;
    /** Bytes of a torn last line cut off on open (0 normally). */
    get truncatedBytes(): number;
    close(): void;
}
