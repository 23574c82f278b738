/**
 * The embedded policy: the project's own model in process. Requests that arrive while the model
 * is busy (or in the same tick) are decoded together as one ragged batch, so many rollouts in
 * flight share every matrix product. Each request's seed gives it its own sampling stream, so
 * results do not depend on how requests were batched.
 */
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import type { Completion, CompletionRequest, Policy } from "./policy.js";
export interface EmbeddedPolicyOptions {
    /** Most sequences decoded at once. */
    readonly maxBatch?: number;
    readonly name?: string;
}
export declare class EmbeddedPolicy implements Policy {
    readonly model: Model;
    readonly tokenizer: Tokenizer;
    readonly name: string;
    private queue;
    private scheduled;
    private readonly maxBatch;
    /** Completions served (a cheap progress / bench counter). */
    served: number;
    constructor(model: Model, tokenizer: Tokenizer, opts?: EmbeddedPolicyOptions);
    complete(request: CompletionRequest): Promise<Completion>;
    private flush;
    private run;
}
