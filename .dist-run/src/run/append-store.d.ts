export interface AppendStoreOptions<T> {
    /** The id of a record (records with the same id replace each other). */
    readonly idOf: (record: T) => string;
    /** Validates a parsed line; throws MalformedRecordError naming file, line, field. Default: accept. */
    readonly parse?: (value: unknown, file: string, line: number) => T;
    /** Keep records in memory (`get`, `values`); off keeps only ids, for large files. Default true. */
    readonly retain?: boolean;
    /**
     * Keep records appended by this process in memory (default: as `retain`). Off, with `retain`
     * on, keeps what was read at open (a resumed run replays it) and does not index new records
     * at all (they are written and counted; `has`, `get` and `size` see only what was read), so
     * memory does not grow with a long run's output. For caches whose new keys never repeat; such
     * a store cannot `compact()`.
     */
    readonly retainAppended?: boolean;
    /** Sees every record read and appended, in file order (to keep a summary when not retaining). */
    readonly onRecord?: (record: T) => void;
    /**
     * Read only: never create, cut or append (a reader of a file another process may be writing:
     * a torn tail is ignored, not cut). Default false.
     */
    readonly readOnly?: boolean;
    /** Minimum time between fsyncs, ms (default 1000). */
    readonly syncEveryMs?: number;
}
export interface OpenReport {
    /** Complete records read (lines, including superseded ones). */
    readonly lines: number;
    /** Bytes of a torn last line that were cut off (0 when the file ended cleanly). */
    readonly truncatedBytes: number;
}
/** Calls `onLine` for every complete line (1-based numbers) and returns the byte length of the complete part. */
export declare function scanLines(fd: number, onLine: (text: string, line: number) => void): {
    complete: number;
    size: number;
    lines: number;
};
export declare class AppendStore<T> {
    readonly file: string;
    private readonly opts;
    private readonly byId;
    /** Line number of the latest record of each id, for compaction. */
    private readonly lastLine;
    private fd;
    /** Physical lines in the file (line numbers of the next append follow it). */
    private lineCount;
    /** Record lines in the file (blank lines excluded) whose ids are indexed. */
    private recordLines;
    private lastSync;
    /** Lines of appendBatched() not yet written (flushed on the next check phase). */
    private queued;
    readonly report: OpenReport;
    private constructor();
    /** Opens (creating if absent) and reads the file, cutting a torn last line. */
    static open<T>(file: string, opts: AppendStoreOptions<T>): AppendStore<T>;
    private remember;
    /** Appended records go to the file only (retainAppended off with retain on). */
    private get forgetsAppended();
    /** Whether records can be appended (not read-only, not closed). */
    get writable(): boolean;
    has(id: string): boolean;
    /** The latest record of an id (undefined when absent or when records are not retained). */
    get(id: string): T | undefined;
    /** Latest record of every id, in first-seen order (needs `retain`). */
    values(): IterableIterator<T>;
    get size(): number;
    /** Lines in the file that a later line of the same id replaced. */
    get superseded(): number;
    /** Appends one record as one line, with one write. */
    append(record: T): void;
    /**
     * Appends one record like append(), batched with the others appended in this turn of the
     * event loop into one write; resolves once the line is written (rejects if the write fails).
     */
    appendBatched(record: T): Promise<void>;
    /** Writes the queued lines of appendBatched() at once, then settles their promises. */
    private flushQueued;
    private writeText;
    /** Indexes a record whose line is now written, and fsyncs when due. */
    private appended;
    sync(): void;
    /** Rewrites the file with only the latest line of each id (atomic: temp + fsync + rename). */
    compact(): void;
    close(): void;
}
