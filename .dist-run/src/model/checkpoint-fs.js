/**
 * Crash-safe file and folder writes. A reader sees either the old content or the new, never a
 * half-written file: write a temp file in the same directory (same filesystem, so rename is
 * atomic), fsync it, rename it over the target, then fsync the directory so the rename itself
 * survives a power cut.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
export function tempName(path, tag = "tmp") {
    return join(dirname(path), `${basename(path)}.${tag}-${randomBytes(4).toString("hex")}`);
}
/** Writes `data` to `path` atomically (temp file + fsync + rename + directory fsync). */
export async function writeFileAtomic(path, data) {
    const tmp = tempName(path);
    try {
        const fh = await open(tmp, "w");
        try {
            await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await rename(tmp, path);
    }
    catch (e) {
        await rm(tmp, { force: true });
        throw e;
    }
    await fsyncDir(dirname(path));
}
/** Flushes a directory entry list (rename and create durability). Not supported everywhere: best effort. */
export async function fsyncDir(dir) {
    try {
        const fh = await open(dir, "r");
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        // some platforms (Windows) cannot open a directory for fsync; the rename is still atomic
    }
}
//# sourceMappingURL=checkpoint-fs.js.map