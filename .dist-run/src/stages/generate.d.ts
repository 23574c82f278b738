/**
 * Stage 1a, `generate` (paper §2): the policy samples N multi-step trajectories per question
 * with live tools; each finished trajectory is appended to trajectories.jsonl as it arrives.
 *
 * Resumable: a trajectory already in the file is skipped; one that ended in a failed policy
 * call (stop = "error") is retried, its later line replacing the earlier. Every completion goes
 * through the run's policy cache first, so the steps a killed run had finished are replayed
 * from disk and only unanswered requests reach the model.
 */
import type { Example } from "../types.js";
import type { Policy } from "../policy/policy.js";
import type { Tool } from "../tools/tool.js";
import type { PromptTemplate } from "../rollout/prompts.js";
import type { OnProgress } from "./progress.js";
export interface GenerateOptions {
    /** The run folder (created when absent). */
    readonly runDir: string;
    readonly policy: Policy;
    /** Questions to roll out (usually the train split). */
    readonly examples: readonly Example[];
    /** Tools by markup tag. */
    readonly tools: ReadonlyMap<string, Tool>;
    /** Prompt and step cap (5 tool calls for QA, 10 for math). */
    readonly template: PromptTemplate;
    /** Trajectories per question (default 5, as in the paper). */
    readonly samples?: number;
    /** Sampling temperature (default 1). */
    readonly temperature?: number;
    /** Base of every request's seed (default 0): same seed, same trajectories. */
    readonly seed?: number | string;
    /** Rollouts in flight at once (default 16). */
    readonly concurrency?: number;
    /** Cap on one action's tokens (default 64). */
    readonly maxActionTokens?: number;
    /** Treat a repeated query as an invalid action (default: the parser's default). */
    readonly rejectRepeats?: boolean;
    /** Identity of the model in cache keys (default the policy's name); see CachedPolicyOptions. */
    readonly policyIdentity?: string;
    /** Cache completions in cache/policy.jsonl (default true; off, a resume re-pays unfinished trajectories). */
    readonly cache?: boolean;
    /** Resolved config sections to record in config.json. */
    readonly config?: Record<string, unknown>;
    readonly onProgress?: OnProgress;
}
export interface GenerateResult {
    readonly file: string;
    /** Trajectories asked for (questions × samples). */
    readonly total: number;
    /** Already in the file from an earlier run, skipped. */
    readonly skipped: number;
    /** Written by this run (new or retried). */
    readonly generated: number;
    /** Written by this run with stop = "error" (a later run retries them). */
    readonly errors: number;
    /** Completions the model was asked for / served from the cache. */
    readonly policyCalls: number;
    readonly cacheHits: number;
    readonly ms: number;
}
export declare function generate(o: GenerateOptions): Promise<GenerateResult>;
