/**
 * One multi-step rollout (paper §2): s1 = task prompt; each action is one policy turn that
 * either calls a tool (its result comes back as the next user turn) or answers. Stops when the
 * policy answers, when it emits an invalid action, when it calls a tool past the cap, when the
 * conversation outgrows the model's context, or when a policy call fails (recorded in the
 * trajectory, never dropped).
 */
import type { Example, Step, Trajectory } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { Policy } from "../policy/policy.js";
import { type PromptTemplate } from "./prompts.js";
export interface RolloutOptions {
    readonly policy: Policy;
    /** Tools by tag (e.g. "search_query" → search). */
    readonly tools: ReadonlyMap<string, Tool>;
    readonly template: PromptTemplate;
    readonly example: Example;
    /** Which of the N samples of this example (part of the trajectory id and the seed). */
    readonly sample: number;
    readonly temperature: number;
    /** Cap on one action's tokens. */
    readonly maxActionTokens: number;
    readonly seed?: number | string;
    readonly rejectRepeats?: boolean;
    /** Called after every step (progress, streaming to disk). */
    readonly onStep?: (step: Step, index: number) => void;
}
export declare function trajectoryId(exampleId: string, sample: number): string;
export declare function rollout(o: RolloutOptions): Promise<Trajectory>;
