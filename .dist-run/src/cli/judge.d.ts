/** `swirl judge`: flags and config onto `judge()` (src/stages/judge.ts). */
import type { Command } from "commander";
export interface JudgeFlags {
    config?: string;
    run?: string;
    judge?: "rule" | "llm";
    checkpoint?: string;
    baseUrl?: string[];
    model?: string;
    apiKeyEnv?: string;
    votes?: number;
    temperature?: number;
    process?: boolean;
    outcome?: "judge" | "rule" | "off";
    concurrency?: number;
    attempts?: number;
}
export declare function judgeCommand(flags: JudgeFlags): Promise<void>;
export declare function registerJudge(program: Command): void;
