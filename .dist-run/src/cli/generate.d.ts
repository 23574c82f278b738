/** `swirl generate`: flags and config onto `generate()` (src/stages/generate.ts). */
import type { Command } from "commander";
export interface GenerateFlags {
    config?: string;
    run?: string;
    task?: string;
    checkpoint?: string;
    baseUrl?: string[];
    model?: string;
    apiKeyEnv?: string;
    split?: "train" | "test";
    limit?: number;
    samples?: number;
    temperature?: number;
    seed?: string;
    concurrency?: number;
    maxActionTokens?: number;
    cache?: boolean;
}
export declare function generateCommand(flags: GenerateFlags): Promise<void>;
export declare function registerGenerate(program: Command): void;
