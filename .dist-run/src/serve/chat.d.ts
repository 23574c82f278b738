import type { Policy } from "../policy/policy.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { type ChatRequest } from "./schema.js";
export interface ChatContext {
    readonly policy: Policy;
    readonly tokenizer: Tokenizer;
    readonly contextLength: number;
    readonly modelName: string;
}
export declare function chatCompletion(ctx: ChatContext, req: ChatRequest): Promise<{
    status: number;
    body: unknown;
}>;
