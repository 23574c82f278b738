/**
 * What a task is, as written in a config file: a built-in synthetic family (with its seed and
 * sizes) or a real dataset (file paths or URLs, and for QA the corpus that search runs over).
 * One zod schema gives both the type and the validator; unknown keys are refused.
 */
import { z } from "zod";
export declare const TaskConfigSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
}, z.core.$strict>], "kind">;
export type TaskConfig = z.infer<typeof TaskConfigSchema>;
export type TaskConfigInput = z.input<typeof TaskConfigSchema>;
