import { z } from "zod";
/** `generate:` — defaults of the generate stage. */
export declare const GenerateSectionSchema: z.ZodObject<{
    split: z.ZodDefault<z.ZodEnum<{
        train: "train";
        test: "test";
    }>>;
    limit: z.ZodOptional<z.ZodNumber>;
    samples: z.ZodDefault<z.ZodNumber>;
    temperature: z.ZodDefault<z.ZodNumber>;
    seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    concurrency: z.ZodDefault<z.ZodNumber>;
    maxActionTokens: z.ZodDefault<z.ZodNumber>;
    cache: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** `filter:` — which state sets to write. */
export declare const FilterSectionSchema: z.ZodObject<{
    filters: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        none: "none";
        process: "process";
        outcome: "outcome";
        "process+outcome": "process+outcome";
    }>>>;
}, z.core.$strict>;
/** The whole file: shared sections (run, task, policy) and one section per stage. */
export declare const PipelineConfigSchema: z.ZodObject<{
    run: z.ZodOptional<z.ZodString>;
    task: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"synthetic-qa">;
        seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        train: z.ZodDefault<z.ZodNumber>;
        test: z.ZodDefault<z.ZodNumber>;
        hops: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        comparisonShare: z.ZodOptional<z.ZodNumber>;
        world: z.ZodOptional<z.ZodObject<{
            countries: z.ZodOptional<z.ZodNumber>;
            cities: z.ZodOptional<z.ZodNumber>;
            organisations: z.ZodOptional<z.ZodNumber>;
            persons: z.ZodOptional<z.ZodNumber>;
            works: z.ZodOptional<z.ZodNumber>;
            testFraction: z.ZodOptional<z.ZodNumber>;
            oneWordNames: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"synthetic-math">;
        seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        train: z.ZodDefault<z.ZodNumber>;
        test: z.ZodDefault<z.ZodNumber>;
        steps: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    }, z.core.$strict>, z.ZodObject<{
        train: z.ZodOptional<z.ZodString>;
        test: z.ZodOptional<z.ZodString>;
        limit: z.ZodOptional<z.ZodNumber>;
        kind: z.ZodLiteral<"gsm8k">;
    }, z.core.$strict>, z.ZodObject<{
        corpus: z.ZodOptional<z.ZodString>;
        index: z.ZodOptional<z.ZodString>;
        searchURL: z.ZodOptional<z.ZodURL>;
        k: z.ZodOptional<z.ZodNumber>;
        train: z.ZodOptional<z.ZodString>;
        test: z.ZodOptional<z.ZodString>;
        limit: z.ZodOptional<z.ZodNumber>;
        kind: z.ZodEnum<{
            hotpotqa: "hotpotqa";
            musique: "musique";
            beerqa: "beerqa";
            cofca: "cofca";
        }>;
    }, z.core.$strict>, z.ZodObject<{
        corpus: z.ZodOptional<z.ZodString>;
        index: z.ZodOptional<z.ZodString>;
        searchURL: z.ZodOptional<z.ZodURL>;
        k: z.ZodOptional<z.ZodNumber>;
        train: z.ZodOptional<z.ZodString>;
        test: z.ZodOptional<z.ZodString>;
        limit: z.ZodOptional<z.ZodNumber>;
        kind: z.ZodLiteral<"jsonl">;
        dataset: z.ZodString;
        taskKind: z.ZodEnum<{
            qa: "qa";
            math: "math";
        }>;
        mapping: z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            question: z.ZodString;
            answer: z.ZodString;
            aliases: z.ZodOptional<z.ZodString>;
            context: z.ZodOptional<z.ZodString>;
            meta: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>;
    }, z.core.$strict>], "kind">>;
    policy: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    }, z.core.$strict>], "kind">>;
    generate: z.ZodOptional<z.ZodObject<{
        split: z.ZodOptional<z.ZodDefault<z.ZodEnum<{
            train: "train";
            test: "test";
        }>>>;
        limit: z.ZodOptional<z.ZodOptional<z.ZodNumber>>;
        samples: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        temperature: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        seed: z.ZodOptional<z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        concurrency: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        maxActionTokens: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        cache: z.ZodOptional<z.ZodDefault<z.ZodBoolean>>;
    }, z.core.$strict>>;
    judge: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    filter: z.ZodOptional<z.ZodObject<{
        filters: z.ZodOptional<z.ZodDefault<z.ZodArray<z.ZodEnum<{
            none: "none";
            process: "process";
            outcome: "outcome";
            "process+outcome": "process+outcome";
        }>>>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
/** A judge section that names no kind means the rule judges. */
export declare function withJudgeKind(judge: Record<string, unknown> | undefined): Record<string, unknown>;
type Section = Record<string, unknown> | undefined;
declare const SECTIONS: readonly ["task", "policy", "generate", "judge", "filter"];
/** Reads and checks a --config file (YAML or JSON; JSON is YAML). */
export declare function loadConfigFile(file: string): PipelineConfig;
/**
 * Reads a YAML or JSON file and checks it against a schema; a bad field is reported with its
 * file, line and name. Returns the file's content as written (the schema's defaults unapplied).
 */
export declare function loadCheckedFile(file: string, flag: string, schema: z.ZodType): unknown;
/** Drops undefined values, so unset flags do not override lower layers. */
export declare function defined<T extends Record<string, unknown>>(o: T): Partial<T> | undefined;
export interface ResolveOptions {
    readonly configFile?: string;
    readonly runFlag?: string;
    /** Sections set by flags (undefined values are dropped). */
    readonly flags: {
        [K in (typeof SECTIONS)[number]]?: Section;
    };
}
export interface Resolved {
    readonly runDir: string;
    /** Merged layers, checked; stage sections not yet filled with defaults. */
    readonly config: PipelineConfig;
}
export declare function resolveConfig(o: ResolveOptions): Resolved;
/** A number flag, refused clearly when it is not one. */
export declare function numberFlag(name: string): (v: string) => number;
/** Runs a command's action; a failure prints one clear line (no stack) and exits 1. */
export declare function runAction<A extends unknown[]>(command: string, fn: (...args: A) => Promise<void>): (...args: A) => Promise<void>;
/**
 * The run folder of a command that reads one: `--run <dir>` like every stage, or the same folder
 * as a positional argument (`swirl report runs/x`).
 */
export declare function runDirOf(command: string, positional: string | undefined, flags: {
    run?: string;
}): string;
export {};
