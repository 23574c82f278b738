export declare function tempName(path: string, tag?: string): string;
/** Writes `data` to `path` atomically (temp file + fsync + rename + directory fsync). */
export declare function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
/** Flushes a directory entry list (rename and create durability). Not supported everywhere: best effort. */
export declare function fsyncDir(dir: string): Promise<void>;
