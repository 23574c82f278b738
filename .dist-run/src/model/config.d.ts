/**
 * The embedded model's configuration: a LLaMA-layout decoder. Validated with zod so a bad
 * config file names the field; presets cover tests (tiny), the demo (XS, S) and the bench (S, M).
 */
import { z } from "zod";
export declare const ModelConfigSchema: z.ZodObject<{
    vocabSize: z.ZodNumber;
    dim: z.ZodNumber;
    layers: z.ZodNumber;
    heads: z.ZodNumber;
    kvHeads: z.ZodNumber;
    ffnDim: z.ZodNumber;
    contextLength: z.ZodNumber;
    ropeBase: z.ZodDefault<z.ZodNumber>;
    normEps: z.ZodDefault<z.ZodNumber>;
    tiedEmbeddings: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export type ModelConfig = z.output<typeof ModelConfigSchema>;
export declare function headDim(c: ModelConfig): number;
type Preset = Omit<ModelConfig, "vocabSize">;
export declare const PRESETS: Record<"tiny" | "XS" | "S" | "M", Preset>;
export declare function presetConfig(name: keyof typeof PRESETS, vocabSize: number, overrides?: Partial<ModelConfig>): ModelConfig;
export declare function parameterCount(c: ModelConfig): number;
export {};
