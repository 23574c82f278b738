/**
 * The part of OpenAI's chat-completions request that `swirl serve` understands, as a zod schema,
 * so a bad request gets a 400 naming the field (`param`, as OpenAI's errors do). Fields we do not
 * know are ignored, as OpenAI-compatible servers usually do; fields we know but cannot honour
 * (streaming, top-k alternatives, tool calls) are refused rather than silently ignored.
 */
import { z } from "zod";
import type { Message } from "../types.js";
export declare const ChatRequestSchema: z.ZodObject<{
    model: z.ZodOptional<z.ZodString>;
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            system: "system";
            user: "user";
            assistant: "assistant";
            developer: "developer";
        }>;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
        }, z.core.$strip>>]>;
    }, z.core.$strip>>;
    temperature: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    top_p: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    max_tokens: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    max_completion_tokens: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    stop: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>>;
    n: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    seed: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    logprobs: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    top_logprobs: z.ZodOptional<z.ZodNullable<z.ZodLiteral<0>>>;
    stream: z.ZodOptional<z.ZodNullable<z.ZodLiteral<false>>>;
    tools: z.ZodOptional<z.ZodUndefined>;
    return_tokens_as_token_ids: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    include_stop_str_in_output: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
}, z.core.$strip>;
export type ChatRequest = z.output<typeof ChatRequestSchema>;
/** OpenAI-style error body; `param` names the field. */
export interface ApiErrorBody {
    readonly error: {
        readonly message: string;
        readonly type: string;
        readonly param: string | null;
        readonly code: string | null;
    };
}
export declare function apiError(message: string, type?: string, param?: string | null, code?: string | null): ApiErrorBody;
/** Parses a request body; an error names the first bad field. */
export declare function parseChatRequest(body: unknown): {
    ok: true;
    value: ChatRequest;
} | {
    ok: false;
    error: ApiErrorBody;
};
export declare function toMessages(req: ChatRequest): Message[];
export declare function stopList(req: ChatRequest): string[];
