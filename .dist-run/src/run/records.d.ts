/**
 * The schemas of the records a run folder holds, one per JSONL file: each gives the type and
 * the validator, and a record that does not fit is refused with its file, line and field.
 */
import { z } from "zod";
import type { Trajectory, Verdict } from "../types.js";
import type { Completion } from "../policy/policy.js";
export declare const TrajectorySchema: z.ZodObject<{
    id: z.ZodString;
    exampleId: z.ZodString;
    sample: z.ZodNumber;
    prompt: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            system: "system";
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodString;
    }, z.core.$strip>>;
    steps: z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        action: z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"tool">;
            tool: z.ZodString;
            input: z.ZodString;
            reasoning: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            kind: z.ZodLiteral<"answer">;
            answer: z.ZodString;
            reasoning: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            kind: z.ZodLiteral<"invalid">;
            reason: z.ZodEnum<{
                no_tag: "no_tag";
                two_tags: "two_tags";
                tool_and_answer: "tool_and_answer";
                unclosed_tag: "unclosed_tag";
                empty_input: "empty_input";
                repeated_query: "repeated_query";
                text_after_tag: "text_after_tag";
                unknown_tool: "unknown_tool";
            }>;
            reasoning: z.ZodString;
        }, z.core.$strip>], "kind">;
        toolResult: z.ZodOptional<z.ZodString>;
        tokens: z.ZodNumber;
        logprobs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        ms: z.ZodNumber;
    }, z.core.$strip>>;
    stop: z.ZodEnum<{
        answered: "answered";
        step_cap: "step_cap";
        invalid_action: "invalid_action";
        context_full: "context_full";
        error: "error";
    }>;
    answer: z.ZodOptional<z.ZodString>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/**
 * One line of verdicts.jsonl: a process verdict on one step (id = state id) or an outcome verdict
 * on one trajectory (id = trajectory id); or, when the judge kept failing, an error record that
 * a later run retries. `input` hashes what was judged, so a verdict on a since-regenerated
 * trajectory is not mistaken for a current one.
 */
export declare const VerdictRecordSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        process: "process";
        outcome: "outcome";
    }>;
    id: z.ZodString;
    trajectoryId: z.ZodString;
    stepIndex: z.ZodOptional<z.ZodNumber>;
    input: z.ZodString;
    label: z.ZodOptional<z.ZodEnum<{
        GOOD: "GOOD";
        BAD: "BAD";
    }>>;
    rationale: z.ZodOptional<z.ZodString>;
    judge: z.ZodOptional<z.ZodString>;
    error: z.ZodOptional<z.ZodString>;
    attempts: z.ZodNumber;
}, z.core.$strip>;
export type VerdictRecord = z.infer<typeof VerdictRecordSchema>;
/** The key of a verdict record in its file (process and outcome ids live in one file). */
export declare const verdictKey: (r: Pick<VerdictRecord, "kind" | "id">) => string;
export declare function verdictOf(r: VerdictRecord): Verdict | undefined;
export declare const CompletionSchema: z.ZodObject<{
    text: z.ZodString;
    tokens: z.ZodNumber;
    promptTokens: z.ZodNumber;
    logprobs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    tokenIds: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    finish: z.ZodEnum<{
        stop: "stop";
        length: "length";
    }>;
}, z.core.$strip>;
export declare const VerdictSchema: z.ZodObject<{
    label: z.ZodEnum<{
        GOOD: "GOOD";
        BAD: "BAD";
    }>;
    rationale: z.ZodString;
    judge: z.ZodString;
}, z.core.$strip>;
/** "steps[2].action.kind"-style path of a zod issue. */
export declare function issuePath(path: readonly PropertyKey[]): string;
/** A parser for AppendStore: validates with a schema; the first problem names file, line and field. */
export declare function recordParser<S extends z.ZodType>(schema: S): (value: unknown, file: string, line: number) => z.infer<S>;
export declare const parseTrajectory: (value: unknown, file: string, line: number) => Trajectory;
export declare const parseVerdictRecord: (value: unknown, file: string, line: number) => {
    kind: "process" | "outcome";
    id: string;
    trajectoryId: string;
    input: string;
    attempts: number;
    stepIndex?: number | undefined;
    label?: "GOOD" | "BAD" | undefined;
    rationale?: string | undefined;
    judge?: string | undefined;
    error?: string | undefined;
};
export type { Completion };
