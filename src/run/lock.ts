/**
 * One writer per run folder and stage: `<dir>/locks/<stage>.lock` holds the pid, host and start
 * time of the process writing. It is created with O_EXCL, so of two processes starting together
 * exactly one gets it; the other is refused with a message naming the holder. A lock left by a
 * process that died (same host, pid gone) is taken over, and the caller is told.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
  readonly stage: string;
}

export class RunLockedError extends Error {
  override readonly name = "RunLockedError";
  constructor(readonly file: string, readonly holder: LockHolder | undefined) {
    const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}` : "a process whose lock file cannot be read";
    super(`another \`swirl ${holder?.stage ?? "?"}\` is writing this run folder (${who}); lock file ${file} — wait for it, or delete the lock if that process is gone`);
  }
  static isInstance(e: unknown): e is RunLockedError {
    return e instanceof Error && e.name === "RunLockedError";
  }
}

export interface RunLock {
  readonly file: string;
  /** The dead holder whose lock was taken over, if any. */
  readonly tookOver?: LockHolder;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return typeof h.pid === "number" && typeof h.host === "string" ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock of `stage` in `dir`, or throws RunLockedError. Released by `release()` or at exit. */
export function acquireRunLock(dir: string, stage: string): RunLock {
  // the stage names the lock file: a plain word, so the path stays in locks/
  if (!/^[a-z][a-z0-9-]*$/.test(stage)) throw new Error(`run lock: not a stage name: ${JSON.stringify(stage)}`);
  const locks = join(dir, "locks");
  mkdirSync(locks, { recursive: true });
  const file = join(locks, `${stage}.lock`);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), stage };
  let tookOver: LockHolder | undefined;
  for (let tries = 0; ; tries++) {
    try {
      const fd = openSync(file, "wx");
      try {
        writeSync(fd, JSON.stringify(me) + "\n");
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = readHolder(file);
    // a lock being written this instant reads as empty: that holder is alive
    const stale = holder !== undefined && holder.host === me.host && holder.pid !== process.pid && !alive(holder.pid);
    if (!stale || tries > 3) throw new RunLockedError(file, holder);
    // move the stale file aside first: of two processes taking it over, one rename fails
    const aside = `${file}.stale-${randomBytes(4).toString("hex")}`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (moved && moved.pid !== holder.pid) {
      // another process took it over between our read and rename: give it back
      try { renameSync(aside, file); } catch { /* it made a new one meanwhile */ }
      throw new RunLockedError(file, moved);
    }
    rmSync(aside, { force: true });
    tookOver = holder;
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { file, ...(tookOver ? { tookOver } : {}), release };
}
