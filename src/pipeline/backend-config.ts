/**
 * Which model answers, as written in a config file: the policy (embedded checkpoint or an
 * OpenAI-compatible server) and the judge (rules, or a model asked with the paper's criteria).
 * Secrets never sit in a config: an API key is named by its environment variable.
 */
import { z } from "zod";

const httpFields = {
  /** One server, e.g. "http://127.0.0.1:8000/v1". */
  baseURL: z.url().optional(),
  /** Several servers, balanced least-busy. */
  baseURLs: z.array(z.url()).min(1).optional(),
  /** Model name sent with each request (default: the server's first listed model). */
  model: z.string().min(1).optional(),
  /** Environment variable holding the API key (default: SWIRL_API_KEY, then OPENAI_API_KEY). */
  apiKeyEnv: z.string().min(1).optional(),
  /** Requests in flight over all servers (default 16). */
  concurrency: z.number().int().positive().optional(),
  /** Per-attempt timeout, ms (default 120000). */
  timeoutMs: z.number().int().positive().optional(),
  /** Retries after a failed attempt: 429, 5xx, timeouts, resets (default 6). */
  maxRetries: z.number().int().nonnegative().optional(),
};

export const HttpPolicyConfigSchema = z.object({ kind: z.literal("http"), ...httpFields }).strict();

export const PolicyConfigSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("embedded"),
    /** Checkpoint folder (weights, config, tokenizer). */
    checkpoint: z.string().min(1),
    /** Most sequences decoded together (default 64). */
    maxBatch: z.number().int().positive().optional(),
  }).strict(),
  HttpPolicyConfigSchema,
]);
export type PolicyConfig = z.infer<typeof PolicyConfigSchema>;

/** Options of the judge stage itself, whatever judges. */
const judgeStageFields = {
  /** Label every step (default true). */
  process: z.boolean().default(true),
  /** Label final answers with the judge, with the task's metric ("rule"), or not at all. */
  outcome: z.enum(["judge", "rule", "off"]).default("judge"),
  /** Judge calls in flight (default 8). */
  concurrency: z.number().int().positive().default(8),
  /** Tries per item before an error record (default 3). */
  attempts: z.number().int().positive().default(3),
};

export const JudgeConfigSchema = z.discriminatedUnion("kind", [
  /** The task's rule judges (synthetic worlds: process and outcome; real datasets: outcome only). */
  z.object({ kind: z.literal("rule"), ...judgeStageFields }).strict(),
  /** A model judges: an embedded checkpoint if given, else an OpenAI-compatible server. */
  z.object({
    kind: z.literal("llm"),
    checkpoint: z.string().min(1).optional(),
    ...httpFields,
    /** Judges per verdict, majority wins (default 1; use an odd number). */
    votes: z.number().int().positive().default(1),
    /** Default 0 (greedy) with one vote, 0.7 with several (votes need to differ). */
    temperature: z.number().min(0).optional(),
    ...judgeStageFields,
  }).strict(),
]);
export type JudgeConfig = z.infer<typeof JudgeConfigSchema>;
