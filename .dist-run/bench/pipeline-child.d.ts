export declare const BENCH_MODEL = "bench-teacher";
export declare const TEACHER_MISTAKE_RATE = 0.35;
export interface MemoryJob {
    readonly baseURL: string;
    readonly seed: string;
    /** Questions (the server's train set, same seed and count); trajectories = train × samples. */
    readonly train: number;
    readonly samples: number;
    readonly concurrency: number;
    readonly cache: boolean;
}
export interface MemoryResult {
    readonly trajectories: number;
    readonly policyCalls: number;
    readonly ms: number;
    /** RSS after building the environment, before generate (MB). */
    readonly baseline_rss_mb: number;
    /** Highest RSS of the process (VmHWM; sampled RSS where /proc is missing), MB. */
    readonly peak_rss_mb: number;
    /** Highest sampled RSS in the first and second half of the run (flat = no growth with trajectories). */
    readonly peak_rss_first_half_mb: number;
    readonly peak_rss_second_half_mb: number;
    readonly heap_used_end_mb: number;
    readonly file_mb: number;
    readonly cache_mb: number;
}
/**
 * Context switches of this process's main thread so far (voluntary + involuntary; 0 where /proc
 * is missing). Per request, they show how many requests each wake-up of the event loop handles.
 */
export declare function contextSwitches(): number;
