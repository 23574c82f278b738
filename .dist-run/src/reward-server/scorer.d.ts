/**
 * R(a|s) for the reward server: the process judge's verdict on one action in its context, as
 * 1 (GOOD) or 0 (BAD) — the reward SWiRL's stage 2 maximises (paper §2). Contexts come from the
 * state set by id, or are given whole. Verdicts are cached by content hash (identical requests
 * in flight share one judge call) and at most `concurrency` judge calls run at once.
 */
import type { Example, Message, State, Verdict } from "../types.js";
import { type ProcessJudge } from "../judge/judge.js";
import type { KeyValueStore } from "../run/kv.js";
export interface ScoreRequest {
    /** A state of the exported set; its messages and example are looked up. */
    readonly stateId?: string;
    /** Or the context itself (then `exampleId` or `question` says what is being answered). */
    readonly messages?: readonly Message[];
    readonly exampleId?: string;
    readonly question?: string;
    readonly action: string;
}
export interface Score {
    readonly reward: number;
    readonly label: Verdict["label"];
    readonly rationale: string;
}
export interface ScorerOptions {
    readonly judge: ProcessJudge;
    readonly states?: ReadonlyMap<string, State>;
    readonly examples?: ReadonlyMap<string, Example>;
    readonly cache?: KeyValueStore<Verdict>;
    /** Judge calls in flight at once (default 16). */
    readonly concurrency?: number;
}
/** A request the server should answer with 400: the reason goes back to the client. */
export declare class BadRequest extends Error {
    readonly name = "BadRequest";
}
export declare class Scorer {
    private readonly opts;
    private readonly judge;
    private running;
    private readonly waiting;
    constructor(opts: ScorerOptions);
    get states(): number;
    /** The state's context and example, or throws BadRequest saying what is missing. */
    resolve(r: ScoreRequest): {
        messages: readonly Message[];
        example: Omit<Example, "answers">;
    };
    score(r: ScoreRequest): Promise<Score>;
    private limited;
}
