/**
 * Multi-step evaluation (`swirl eval`, paper §3): the same rollout loop with live tools and the
 * same step caps, greedy by default; each final answer scored by the task's metric and,
 * optionally, every step labelled by a process judge (the paper's Table 3: mean process label
 * of evaluation trajectories). Accuracies carry Wilson 95% intervals; two policies are compared
 * with a paired bootstrap.
 */
import type { Example, StopReason, Trajectory } from "../types.js";
import type { Policy } from "../policy/policy.js";
import type { Tool } from "../tools/tool.js";
import type { PromptTemplate } from "../rollout/prompts.js";
import { type ProcessJudge } from "../judge/judge.js";
import { type BootstrapResult, type Interval } from "../metrics/index.js";
export interface EvalOptions {
    readonly policy: Policy;
    readonly examples: readonly Example[];
    readonly tools: ReadonlyMap<string, Tool>;
    readonly template: PromptTemplate;
    /** 0 = greedy (default). */
    readonly temperature?: number;
    readonly maxActionTokens?: number;
    readonly concurrency?: number;
    readonly seed?: number | string;
    /** Labels every step of every evaluation trajectory (mean process label). */
    readonly processJudge?: ProcessJudge;
    readonly onDone?: (done: number, total: number) => void;
}
/** One question's result (a line of the per-question JSONL). */
export interface EvalRecord {
    readonly id: string;
    readonly question: string;
    readonly answers: readonly string[];
    readonly answer?: string;
    readonly correct: number;
    readonly em: number;
    readonly f1: number;
    readonly steps: number;
    readonly toolCalls: number;
    readonly stop: StopReason;
    /** Share of this trajectory's steps the process judge labelled GOOD. */
    readonly processGood?: number;
    readonly trajectory: Trajectory;
    readonly verdicts?: readonly {
        label: "GOOD" | "BAD";
        rationale: string;
    }[];
}
export interface EvalSummary {
    readonly n: number;
    readonly accuracy: Interval;
    readonly em: number;
    readonly f1: number;
    readonly meanSteps: number;
    readonly meanToolCalls: number;
    readonly stops: Readonly<Record<string, number>>;
    /** Mean process label over all steps (GOOD share), when a judge ran. */
    readonly meanProcessLabel?: Interval;
}
export declare function evaluate(o: EvalOptions): Promise<{
    records: EvalRecord[];
    summary: EvalSummary;
}>;
export declare function summarize(records: readonly EvalRecord[]): EvalSummary;
/** Paired bootstrap of trained − base accuracy on the same questions (matched by id). */
export declare function compareRuns(base: readonly EvalRecord[], trained: readonly EvalRecord[], seed?: number | string): BootstrapResult;
/** The no-tool condition: the same task answered directly, with no tool and no searches allowed. */
export declare function noToolTemplate(t: PromptTemplate): PromptTemplate;
