/**
 * `swirl reward-server --run <dir>`: serves SWiRL's stage-2 reward (the process judge on one action
 * in its context) over HTTP for OpenRLHF, verl or TRL workers. Judges: the synthetic QA world's
 * rule judge (`--judge rule --qa-seed N`), or an LLM judge with the paper's criteria on any
 * OpenAI-compatible server (`--judge llm --base-url URL... --model NAME`).
 */
import type { Command } from "commander";
export interface RewardServerFlags {
    readonly run?: string;
    filter: string;
    states?: string;
    examples?: string;
    judge: string;
    baseUrl?: string[];
    model?: string;
    apiKeyEnv?: string;
    qaSeed?: string;
    qaTrain: string;
    qaTest: string;
    host: string;
    port: string;
    token?: string;
    concurrency: string;
    cache?: string | false;
}
export declare function rewardServer(runDirArg: string | undefined, flags: RewardServerFlags): Promise<void>;
export declare function registerRewardServer(program: Command): void;
