/**
 * Turns a task config into what the stages need: the questions (train and test), the tools by
 * markup tag, the prompt template (with its step cap), and, for built-in synthetic families, rule
 * judges that need no model.
 */
import type { Example } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { ProcessJudge, OutcomeJudge } from "../judge/judge.js";
import { type PromptTemplate } from "../rollout/prompts.js";
import { type TaskConfigInput } from "./task-config.js";
export type Split = "train" | "test";
export interface RuleJudges {
    readonly process?: ProcessJudge;
    readonly outcome?: OutcomeJudge;
}
export interface Environment {
    readonly examples: {
        readonly train: readonly Example[];
        readonly test: readonly Example[];
    };
    /** Tools by markup tag, e.g. "search_query" → search. */
    readonly tools: ReadonlyMap<string, Tool>;
    readonly template: PromptTemplate;
    /**
     * Judges that need no model: for the synthetic families a process judge that reads the world's
     * structure and the metric as outcome judge; for real datasets only the metric (outcome).
     */
    readonly ruleJudge: RuleJudges;
}
export interface EnvironmentOptions {
    /** Load only this split of a real dataset (the other comes back empty); default both. */
    readonly split?: Split;
    /** Prompt variant: "full" (instructions for a general LLM) or "embedded" (no system message, for a model trained on the format). */
    readonly template?: "full" | "embedded";
}
export declare function buildEnvironment(input: TaskConfigInput, opts?: EnvironmentOptions): Promise<Environment>;
