/**
 * The scripted teacher for the synthetic QA world: a Policy that solves a question by searching
 * each entity of the chain and answering, and that makes, in a chosen share of trajectories, the
 * mistakes real models make: following the wrong link of an article, misspelling a name it copies, repeating
 * a query, answering before the evidence is in; and, optionally, a habit: stopping one hop short
 * on three-hop questions. Its demonstrations pretrain the base policy, which inherits the skill,
 * the mistakes when it samples, and the habit even when it decodes greedily (room for SWiRL).
 * Runs through the real rollout loop and tools, so demonstrations have exactly the format the
 * model will see.
 */
import type { Example, Message } from "../types.js";
import type { Completion, CompletionRequest, Policy } from "../policy/policy.js";
import type { Relation } from "../tasks/synthetic-world.js";
import type { QaEnv } from "./qa-env.js";
export type QaMistake = "wrong_entity" | "misspelled" | "repeat" | "premature";
export declare const QA_MISTAKES: readonly QaMistake[];
export declare function searchAction(relation: Relation, entity: string): string;
export declare function answerAction(answer: string): string;
export interface QaTeacherOptions {
    /** Share of trajectories with one mistake (the prototype used 0.35). */
    readonly mistakeRate: number;
    /**
     * A habit rather than a slip: the share of three-hop chain questions on which it answers with
     * the second hop's entity instead of making the third search. Above one half, the habit is the
     * most likely action in that state, so a greedy student inherits it (0 turns it off).
     */
    readonly stopShortRate?: number;
    readonly seed?: number | string;
}
export declare class QaTeacher implements Policy {
    private readonly env;
    private readonly opts;
    readonly name = "teacher:qa";
    private readonly byQuestion;
    constructor(env: QaEnv, examples: readonly Example[], opts: QaTeacherOptions);
    complete(request: CompletionRequest): Promise<Completion>;
    /** The next action for this context. The mistake plan is seeded by the trajectory (the request seed minus its step). */
    act(messages: readonly Message[], seed: string): string;
}
