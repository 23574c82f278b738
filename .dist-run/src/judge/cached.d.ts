/**
 * A judge behind a verdict cache, so nothing is paid twice: the key is the content hash of the
 * judge's identity (name and, when it has one, its config: prompt version, temperature, seed,
 * votes) and of everything the judge sees. With a run folder's durable store the cache outlives
 * the process, so a resumed `judge` stage skips every verdict it already has. Identical inputs
 * in flight at once share one call. Errors are not cached: a rerun tries them again.
 */
import { type KeyValueStore } from "../run/kv.js";
import type { Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge, ProcessJudge, StepToJudge } from "./judge.js";
type Identified = {
    readonly name: string;
    readonly config?: unknown;
};
declare class Cache<J extends Identified> {
    protected readonly inner: J;
    readonly store: KeyValueStore<Verdict>;
    readonly name: string;
    readonly config: unknown;
    /** Verdicts served from the store, and verdicts the inner judge was asked for. */
    hits: number;
    misses: number;
    private readonly pending;
    constructor(inner: J, store?: KeyValueStore<Verdict>);
    /** The cache key of one input of this judge. */
    keyOf(kind: "process" | "outcome", input: unknown): string;
    protected cached(key: string, run: () => Promise<Verdict>): Promise<Verdict>;
}
export declare class CachedProcessJudge extends Cache<ProcessJudge & Identified> implements ProcessJudge {
    judgeStep(x: StepToJudge): Promise<Verdict>;
}
export declare class CachedOutcomeJudge extends Cache<OutcomeJudge & Identified> implements OutcomeJudge {
    judgeOutcome(x: OutcomeToJudge): Promise<Verdict>;
}
export declare function cachedProcessJudge(judge: ProcessJudge, store?: KeyValueStore<Verdict>): CachedProcessJudge;
export declare function cachedOutcomeJudge(judge: OutcomeJudge, store?: KeyValueStore<Verdict>): CachedOutcomeJudge;
export {};
