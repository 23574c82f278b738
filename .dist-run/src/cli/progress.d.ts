import type { StageProgress } from "../stages/progress.js";
export interface ProgressReporter {
    readonly onProgress: (p: StageProgress) => void;
    /** Ends the bar (or prints the last line). */
    stop(): void;
}
export interface ProgressOptions {
    readonly stream?: NodeJS.WriteStream;
    /** Plain-line period when not a terminal (default 10 s). */
    readonly everyMs?: number;
}
export declare function progressReporter(label: string, opts?: ProgressOptions): ProgressReporter;
