/**
 * Atomic finalisation of derived files: write a temp file beside the target, fsync it, then
 * rename over the target, so a reader (or a kill -9) sees the old file or the new one, never half.
 */
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from "node:fs";
export function writeFileAtomic(file, chunks) {
    const tmp = `${file}.tmp-${process.pid}`;
    const fd = openSync(tmp, "w");
    try {
        // buffered: one write per ~1 MB, not per record
        let buf = "";
        for (const c of chunks) {
            buf += c;
            if (buf.length >= 1 << 20) {
                writeSync(fd, buf);
                buf = "";
            }
        }
        if (buf)
            writeSync(fd, buf);
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
    renameSync(tmp, file);
}
export function writeJsonAtomic(file, value) {
    writeFileAtomic(file, [JSON.stringify(value, null, 2) + "\n"]);
}
export function* jsonLines(records) {
    for (const r of records)
        yield JSON.stringify(r) + "\n";
}
//# sourceMappingURL=atomic.js.map