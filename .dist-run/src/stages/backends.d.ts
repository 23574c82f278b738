import type { Verdict } from "../types.js";
import type { Policy } from "../policy/policy.js";
import { type KeyValueStore } from "../run/kv.js";
import type { OutcomeJudge, ProcessJudge } from "../judge/judge.js";
import type { JudgeConfig, PolicyConfig } from "./backend-config.js";
import type { RuleJudges } from "./environment.js";
export interface BuiltPolicy {
    readonly policy: Policy;
    /** What cache keys carry for this model. */
    readonly identity: string;
}
/** `stage` labels the HTTP usage counts ("generate", "judge"). */
export declare function buildPolicy(cfg: PolicyConfig, stage: string): Promise<BuiltPolicy>;
export interface BuiltJudges {
    readonly processJudge?: ProcessJudge;
    readonly outcomeJudge?: OutcomeJudge;
    /** The model behind LLM judges (to close when done). */
    readonly policy?: Policy;
}
/**
 * The judges of a judge config. LLM judges sit behind `cache` (the run's cache/judge.jsonl),
 * so a verdict a model gave is never asked for again, whatever happens to verdicts.jsonl.
 */
export declare function buildJudges(cfg: JudgeConfig, rules: RuleJudges, cache: KeyValueStore<Verdict>, taskKind: string): Promise<BuiltJudges>;
