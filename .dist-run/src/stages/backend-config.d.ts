/**
 * Which model answers, as written in a config file: the policy (embedded checkpoint or an
 * OpenAI-compatible server) and the judge (rules, or a model asked with the paper's criteria).
 * Secrets never sit in a config: an API key is named by its environment variable.
 */
import { z } from "zod";
export declare const HttpPolicyConfigSchema: z.ZodObject<{
    baseURL: z.ZodOptional<z.ZodURL>;
    baseURLs: z.ZodOptional<z.ZodArray<z.ZodURL>>;
    model: z.ZodOptional<z.ZodString>;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
    concurrency: z.ZodOptional<z.ZodNumber>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    kind: z.ZodLiteral<"http">;
}, z.core.$strict>;
export declare const PolicyConfigSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"embedded">;
    checkpoint: z.ZodString;
    maxBatch: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    baseURL: z.ZodOptional<z.ZodURL>;
    baseURLs: z.ZodOptional<z.ZodArray<z.ZodURL>>;
    model: z.ZodOptional<z.ZodString>;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
    concurrency: z.ZodOptional<z.ZodNumber>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    kind: z.ZodLiteral<"http">;
}, z.core.$strict>], "kind">;
export type PolicyConfig = z.infer<typeof PolicyConfigSchema>;
export declare const JudgeConfigSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    process: z.ZodDefault<z.ZodBoolean>;
    outcome: z.ZodDefault<z.ZodEnum<{
        judge: "judge";
        rule: "rule";
        off: "off";
    }>>;
    concurrency: z.ZodDefault<z.ZodNumber>;
    attempts: z.ZodDefault<z.ZodNumber>;
    kind: z.ZodLiteral<"rule">;
}, z.core.$strict>, z.ZodObject<{
    process: z.ZodDefault<z.ZodBoolean>;
    outcome: z.ZodDefault<z.ZodEnum<{
        judge: "judge";
        rule: "rule";
        off: "off";
    }>>;
    concurrency: z.ZodDefault<z.ZodNumber>;
    attempts: z.ZodDefault<z.ZodNumber>;
    votes: z.ZodDefault<z.ZodNumber>;
    temperature: z.ZodOptional<z.ZodNumber>;
    baseURL: z.ZodOptional<z.ZodURL>;
    baseURLs: z.ZodOptional<z.ZodArray<z.ZodURL>>;
    model: z.ZodOptional<z.ZodString>;
    apiKeyEnv: z.ZodOptional<z.ZodString>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    maxRetries: z.ZodOptional<z.ZodNumber>;
    kind: z.ZodLiteral<"llm">;
    checkpoint: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "kind">;
export type JudgeConfig = z.infer<typeof JudgeConfigSchema>;
