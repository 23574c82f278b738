/**
 * An append-only JSON Lines store that survives kill -9: each record is one complete line written
 * with a single write() to a file opened for appending, so a killed process leaves at most one
 * torn last line (a power cut can too); opening the file truncates that line and reports it.
 * Records are indexed by id, so a resumed stage skips what is done; when an id appears twice (a
 * failed item recorded, then retried), the later line wins, and `compact()` rewrites the file
 * with one line per id (temp file + rename, so a kill during compaction loses nothing).
 *
 * Writes are synchronous: a line is tiny next to a model call, and synchronous appends cannot
 * interleave, whatever the number of workers in flight. `appendBatched` groups the lines
 * appended in one turn of the event loop into one such write (group commit) and resolves once
 * they are written, so callers that can wait a turn pay one system call per batch, not per
 * line; a kill mid-batch still leaves at most one torn line, of a record not yet acknowledged.
 * fsync runs at most once per
 * `syncEveryMs` and at close: the OS keeps written data across a process kill, fsync only
 * matters for a power cut, where the torn-line recovery takes over.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { MalformedRecordError } from "../errors/malformed-record-error.js";
const CHUNK = 1 << 20;
/** Calls `onLine` for every complete line (1-based numbers) and returns the byte length of the complete part. */
export function scanLines(fd, onLine) {
    const buf = Buffer.allocUnsafe(CHUNK);
    let carry = [];
    let pos = 0;
    let complete = 0;
    let line = 0;
    for (;;) {
        const n = readSync(fd, buf, 0, CHUNK, pos);
        if (n === 0)
            break;
        let start = 0;
        for (let i = buf.indexOf(10, 0); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) {
            const piece = buf.subarray(start, i);
            const text = carry.length ? Buffer.concat([...carry, piece]).toString("utf8") : piece.toString("utf8");
            carry = [];
            line++;
            onLine(text, line);
            start = i + 1;
            complete = pos + start;
        }
        if (start < n)
            carry.push(Buffer.from(buf.subarray(start, n)));
        pos += n;
    }
    return { complete, size: pos, lines: line };
}
export class AppendStore {
    file;
    opts;
    byId = new Map();
    /** Line number of the latest record of each id, for compaction. */
    lastLine = new Map();
    fd;
    /** Physical lines in the file (line numbers of the next append follow it). */
    lineCount = 0;
    /** Record lines in the file (blank lines excluded) whose ids are indexed. */
    recordLines = 0;
    lastSync = Date.now();
    /** Lines of appendBatched() not yet written (flushed on the next check phase). */
    queued = [];
    report;
    constructor(file, opts) {
        this.file = file;
        this.opts = opts;
        const exists = existsSync(file);
        if (opts.readOnly && !exists) {
            this.fd = -1;
            this.report = { lines: 0, truncatedBytes: 0 };
            return;
        }
        this.fd = openSync(file, opts.readOnly ? "r" : exists ? "r+" : "w+");
        let scanned;
        try {
            scanned = scanLines(this.fd, (text, line) => {
                if (text.trim() === "")
                    return;
                let value;
                try {
                    value = JSON.parse(text);
                }
                catch (e) {
                    throw new MalformedRecordError({ file, line, field: "", problem: `invalid JSON (${e.message})` });
                }
                const record = opts.parse ? opts.parse(value, file, line) : value;
                this.remember(record, line);
                this.recordLines++;
            });
        }
        catch (e) {
            closeSync(this.fd);
            throw e;
        }
        const { complete, size, lines } = scanned;
        this.lineCount = lines;
        // a torn last line: the record it held was never acknowledged, so cutting it loses nothing
        if (complete < size && !opts.readOnly)
            ftruncateSync(this.fd, complete);
        closeSync(this.fd);
        this.fd = opts.readOnly ? -1 : openSync(file, "a");
        this.report = { lines: this.recordLines, truncatedBytes: size - complete };
    }
    /** Opens (creating if absent) and reads the file, cutting a torn last line. */
    static open(file, opts) {
        return new AppendStore(file, opts);
    }
    remember(record, line, appended = false) {
        if (!(appended && this.forgetsAppended)) {
            const id = this.opts.idOf(record);
            this.byId.set(id, this.opts.retain !== false ? record : null);
            this.lastLine.set(id, line);
        }
        this.opts.onRecord?.(record);
    }
    /** Appended records go to the file only (retainAppended off with retain on). */
    get forgetsAppended() {
        return this.opts.retain !== false && this.opts.retainAppended === false;
    }
    /** Whether records can be appended (not read-only, not closed). */
    get writable() {
        return this.fd >= 0;
    }
    has(id) {
        return this.byId.has(id);
    }
    /** The latest record of an id (undefined when absent or when records are not retained). */
    get(id) {
        return this.byId.get(id) ?? undefined;
    }
    /** Latest record of every id, in first-seen order (needs `retain`). */
    *values() {
        if (this.opts.retain === false)
            throw new Error(`${this.file}: records not retained`);
        for (const v of this.byId.values())
            yield v;
    }
    get size() {
        return this.byId.size;
    }
    /** Lines in the file that a later line of the same id replaced. */
    get superseded() {
        return this.recordLines - this.byId.size;
    }
    /** Appends one record as one line, with one write. */
    append(record) {
        if (this.fd < 0)
            throw new Error(`${this.file}: opened read-only or closed`);
        this.flushQueued(); // lines keep the order of the calls
        this.writeText(JSON.stringify(record) + "\n");
        this.appended(record);
    }
    /**
     * Appends one record like append(), batched with the others appended in this turn of the
     * event loop into one write; resolves once the line is written (rejects if the write fails).
     */
    appendBatched(record) {
        if (this.fd < 0)
            return Promise.reject(new Error(`${this.file}: opened read-only or closed`));
        const line = JSON.stringify(record) + "\n";
        return new Promise((resolve, reject) => {
            // setImmediate runs after the I/O callbacks of this loop turn, so replies that came in together share a write
            if (this.queued.length === 0)
                setImmediate(() => this.flushQueued());
            this.queued.push({ line, record, resolve, reject });
        });
    }
    /** Writes the queued lines of appendBatched() at once, then settles their promises. */
    flushQueued() {
        const q = this.queued;
        if (q.length === 0)
            return;
        this.queued = [];
        let text = "";
        for (const e of q)
            text += e.line;
        try {
            if (this.fd < 0)
                throw new Error(`${this.file}: closed before queued records were written`);
            this.writeText(text);
        }
        catch (e) {
            for (const w of q)
                w.reject(e);
            return;
        }
        for (const w of q)
            this.appended(w.record);
        for (const w of q)
            w.resolve();
    }
    writeText(text) {
        const buf = Buffer.from(text, "utf8");
        let off = 0;
        // a short write to a regular file only happens on a full disk; finish the line if it does
        while (off < buf.length)
            off += writeSync(this.fd, buf, off, buf.length - off);
    }
    /** Indexes a record whose line is now written, and fsyncs when due. */
    appended(record) {
        this.lineCount++;
        if (!this.forgetsAppended)
            this.recordLines++;
        this.remember(record, this.lineCount, true);
        if (Date.now() - this.lastSync >= (this.opts.syncEveryMs ?? 1000))
            this.sync();
    }
    sync() {
        if (this.fd < 0)
            return;
        this.flushQueued();
        fsyncSync(this.fd);
        this.lastSync = Date.now();
    }
    /** Rewrites the file with only the latest line of each id (atomic: temp + fsync + rename). */
    compact() {
        if (this.forgetsAppended)
            throw new Error(`${this.file}: appended records are not indexed (retainAppended off); cannot compact`);
        if (this.superseded === 0)
            return;
        if (this.fd < 0)
            throw new Error(`${this.file}: opened read-only or closed`);
        this.sync();
        const tmp = `${this.file}.tmp-${process.pid}`;
        const out = openSync(tmp, "w");
        const src = openSync(this.file, "r");
        let kept = 0;
        scanLines(src, (text, line) => {
            if (text.trim() === "")
                return;
            const id = this.opts.idOf(JSON.parse(text));
            if (this.lastLine.get(id) !== line)
                return;
            writeSync(out, text + "\n");
            this.lastLine.set(id, ++kept);
        });
        closeSync(src);
        fsyncSync(out);
        closeSync(out);
        closeSync(this.fd);
        renameSync(tmp, this.file);
        this.fd = openSync(this.file, "a");
        this.lineCount = this.recordLines = kept;
    }
    close() {
        if (this.fd < 0)
            return;
        this.flushQueued();
        fsyncSync(this.fd);
        closeSync(this.fd);
        this.fd = -1;
    }
}
//# sourceMappingURL=append-store.js.map