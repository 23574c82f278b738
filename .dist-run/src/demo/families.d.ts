/**
 * The demo's two task families: the synthetic QA world (search) and the arithmetic problems
 * (calculator), each with its embedded prompt template, tools, rule judges, the training
 * questions stage 1 rolls out (drawn with their own seed, so they are not the questions the
 * base policy was pretrained on) and held-out test questions.
 */
import type { Example } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { OutcomeJudge, ProcessJudge } from "../judge/judge.js";
import { type PromptTemplate } from "../rollout/prompts.js";
import { type QaEnv } from "../synthetic/qa-env.js";
import type { WorldSizes } from "../tasks/synthetic-world.js";
export interface Family {
    readonly name: "qa" | "math";
    readonly title: string;
    readonly train: readonly Example[];
    readonly test: readonly Example[];
    readonly tools: ReadonlyMap<string, Tool>;
    readonly template: PromptTemplate;
    readonly processJudge: ProcessJudge;
    readonly outcomeJudge: OutcomeJudge;
    /** The QA environment (article text → title), for oracle labels. */
    readonly oracleEnv?: QaEnv;
    /** A harder held-out set, worded in ways training never showed (math: the test story frames). */
    readonly unseenFrames?: readonly Example[];
}
export interface DemoWorld {
    readonly world?: Partial<WorldSizes>;
    readonly hops?: readonly number[];
    /** Math problems the base policy was pretrained on (generated with `seed`): held-out ones never repeat them. */
    readonly mathPretrainQuestions?: number;
    /** Calculations per math problem (the base policy's `mathSteps`). */
    readonly mathSteps?: readonly number[];
}
export declare function demoFamilies(seed: number, trainCount: number, testCount: number, w?: DemoWorld): Family[];
