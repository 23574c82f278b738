import { z } from "zod";
import { Tokenizer } from "../model/tokenizer.js";
import { Model } from "../model/model.js";
import { type SftStepMetrics } from "../train/sft.js";
import type { Message } from "../types.js";
export declare const BasePolicyConfigSchema: z.ZodObject<{
    seed: z.ZodDefault<z.ZodNumber>;
    qaQuestions: z.ZodDefault<z.ZodNumber>;
    mathQuestions: z.ZodDefault<z.ZodNumber>;
    mistakeRate: z.ZodDefault<z.ZodNumber>;
    stopShortRate: z.ZodDefault<z.ZodNumber>;
    preset: z.ZodDefault<z.ZodEnum<{
        M: "M";
        tiny: "tiny";
        XS: "XS";
        S: "S";
    }>>;
    contextLength: z.ZodDefault<z.ZodNumber>;
    merges: z.ZodDefault<z.ZodNumber>;
    steps: z.ZodDefault<z.ZodNumber>;
    batchSize: z.ZodDefault<z.ZodNumber>;
    lr: z.ZodDefault<z.ZodNumber>;
    world: z.ZodDefault<z.ZodObject<{
        persons: z.ZodOptional<z.ZodNumber>;
        works: z.ZodOptional<z.ZodNumber>;
        oneWordNames: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    curriculum: z.ZodDefault<z.ZodObject<{
        qa: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        math: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    }, z.core.$strict>>;
    trainOn: z.ZodDefault<z.ZodEnum<{
        all: "all";
        actions: "actions";
    }>>;
    hops: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    mathSteps: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    mathThought: z.ZodDefault<z.ZodEnum<{
        none: "none";
        clause: "clause";
    }>>;
}, z.core.$strict>;
export type BasePolicyConfig = z.output<typeof BasePolicyConfigSchema>;
export interface BasePolicy {
    readonly model: Model;
    readonly tokenizer: Tokenizer;
    readonly dir: string;
    readonly cached: boolean;
}
export interface PretrainProgress {
    readonly phase: "demonstrations" | "tokenizer" | "training";
    readonly message?: string;
    readonly metrics?: SftStepMetrics;
}
export declare function basePolicyDir(cacheDir: string, cfg: BasePolicyConfig): string;
export declare function pretrainBasePolicy(cacheDir: string, cfgIn: Partial<BasePolicyConfig>, onProgress?: (p: PretrainProgress) => void): Promise<BasePolicy>;
/**
 * The curriculum's stages, one per step at which any family changes: each family's
 * conversations cut after its k-th action from its k-th listed step, whole from its last one.
 */
export declare function curriculum(families: readonly {
    conversations: readonly Message[][];
    starts: readonly number[];
}[]): {
    from: number;
    conversations: Message[][];
}[];
