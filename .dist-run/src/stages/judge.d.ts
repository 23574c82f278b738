/**
 * Stage 1b, `judge` (paper §2): a process judge labels every step of every trajectory GOOD or
 * BAD in its context (without the answer key), and an outcome judge labels every final answer
 * against the key. Each verdict is appended to verdicts.jsonl as it arrives.
 *
 * A failed judge call is retried (`attempts`, with backoff), then recorded as an error record,
 * never dropped; a later run retries only those. Resumable: an item whose verdict is already in
 * the file (for the same judged input) is skipped, so no judge call is paid twice.
 * Trajectories cut short by a failed policy call (stop = "error") are left for `generate`.
 */
import type { Example } from "../types.js";
import { type OutcomeJudge, type ProcessJudge } from "../judge/judge.js";
import type { OnProgress } from "./progress.js";
export interface JudgeOptions {
    readonly runDir: string;
    /** The questions the trajectories answer (looked up by id; must cover every trajectory). */
    readonly examples: readonly Example[];
    /** Labels each step; omit to skip process labels. */
    readonly processJudge?: ProcessJudge;
    /** Labels each final answer; omit to skip outcome labels. */
    readonly outcomeJudge?: OutcomeJudge;
    /** Judge calls in flight at once (default 8). */
    readonly concurrency?: number;
    /** Tries per item before an error record is written (default 3). */
    readonly attempts?: number;
    /** First retry delay in ms, doubled per retry (default 200). */
    readonly retryDelayMs?: number;
    /** Resolved config sections to record in config.json. */
    readonly config?: Record<string, unknown>;
    readonly onProgress?: OnProgress;
}
export interface JudgeResult {
    readonly file: string;
    /** Verdicts wanted (steps + answers of complete trajectories, for the judges given). */
    readonly total: number;
    /** Already in the file, skipped. */
    readonly skipped: number;
    /** Verdicts written by this run. */
    readonly judged: number;
    /** Error records written by this run (a later run retries them). */
    readonly errors: number;
    /** Judge calls made by this run (retries included). */
    readonly calls: number;
    readonly ms: number;
}
export declare function judge(o: JudgeOptions): Promise<JudgeResult>;
