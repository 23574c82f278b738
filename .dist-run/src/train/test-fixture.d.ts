/** A tiny synthetic QA setup shared by the trainer tests: world, demonstrations, tokenizer, states. */
import { type QaEnv } from "../synthetic/qa-env.js";
import { Tokenizer } from "../model/tokenizer.js";
import { Model } from "../model/model.js";
import type { Example, State, Trajectory } from "../types.js";
export interface TinyQa {
    readonly env: QaEnv;
    readonly demos: Trajectory[];
    readonly tokenizer: Tokenizer;
    readonly states: State[];
    readonly examples: Map<string, Example>;
    model(seed?: number): Model;
}
export declare function tinyQa(): Promise<TinyQa>;
