/**
 * The embedded model's configuration: a LLaMA-layout decoder. Validated with zod so a bad
 * config file names the field; presets cover tests (tiny), the demo (XS, S) and the bench (S, M).
 */
import { z } from "zod";

const ModelFields = z
  .object({
    vocabSize: z.number().int().positive(),
    dim: z.number().int().positive(), // d_model
    layers: z.number().int().positive(),
    heads: z.number().int().positive(),
    kvHeads: z.number().int().positive(), // < heads: grouped-query attention
    ffnDim: z.number().int().positive(), // SwiGLU hidden size
    contextLength: z.number().int().positive(),
    ropeBase: z.number().positive().default(10000),
    normEps: z.number().positive().default(1e-5),
    tiedEmbeddings: z.boolean().default(true), // output head shares the token embedding
  })
  .strict();

export const ModelConfigSchema = ModelFields
  .refine((c) => c.dim % c.heads === 0, { message: "dim must be divisible by heads", path: ["heads"] })
  .refine((c) => c.heads % c.kvHeads === 0, { message: "heads must be divisible by kvHeads", path: ["kvHeads"] })
  .refine((c) => (c.dim / c.heads) % 2 === 0, { message: "head size must be even (rotary pairs)", path: ["heads"] });

export type ModelConfig = z.output<typeof ModelConfigSchema>;

/** Any of a preset's shape fields, to replace its values (checked with the model config's rules once merged). */
export const ModelShapeSchema = ModelFields.pick({ dim: true, layers: true, heads: true, kvHeads: true, ffnDim: true }).partial();
export type ModelShape = z.output<typeof ModelShapeSchema>;

export function headDim(c: ModelConfig): number {
  return c.dim / c.heads;
}

type Preset = Omit<ModelConfig, "vocabSize">;

export const PRESETS: Record<"tiny" | "XS" | "S" | "M", Preset> = {
  // a few thousand parameters: unit tests
  tiny: { dim: 32, layers: 2, heads: 4, kvHeads: 2, ffnDim: 64, contextLength: 64, ropeBase: 10000, normEps: 1e-5, tiedEmbeddings: true },
  // ~2M: the embedded demo policy (d=192, 4 layers learns the synthetic worlds: 0.80 greedy QA accuracy after 3 min of training in PyTorch)
  XS: { dim: 192, layers: 4, heads: 4, kvHeads: 4, ffnDim: 512, contextLength: 320, ropeBase: 10000, normEps: 1e-5, tiedEmbeddings: true },
  // ~3.4M: bench config S (d=256, 4 layers, 4 heads)
  S: { dim: 256, layers: 4, heads: 4, kvHeads: 4, ffnDim: 688, contextLength: 256, ropeBase: 10000, normEps: 1e-5, tiedEmbeddings: true },
  // ~25M: bench config M (d=512, 8 layers, 8 heads)
  M: { dim: 512, layers: 8, heads: 8, kvHeads: 8, ffnDim: 1376, contextLength: 256, ropeBase: 10000, normEps: 1e-5, tiedEmbeddings: true },
};

export function presetConfig(name: keyof typeof PRESETS, vocabSize: number, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return ModelConfigSchema.parse({ ...PRESETS[name], vocabSize, ...overrides });
}

export function parameterCount(c: ModelConfig): number {
  const kv = c.kvHeads * headDim(c);
  const perLayer = 2 * c.dim + c.dim * c.dim * 2 + 2 * c.dim * kv + 3 * c.dim * c.ffnDim;
  return c.vocabSize * c.dim * (c.tiedEmbeddings ? 1 : 2) + c.layers * perLayer + c.dim;
}
