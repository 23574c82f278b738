/** What a rollout needs (rollout.ts, native-rollout.ts), and what both formats share. */
import type { ActionFormat, Example, Step } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { Policy } from "../policy/policy.js";
import type { PromptTemplate } from "./prompts.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";

/** The embedded policy's refusal, or a server's 400 for a prompt longer than its context. */
export function outgrewContext(e: unknown): boolean {
  return ContextLengthError.isInstance(e) || (PolicyRequestError.isInstance(e) && e.kind === "context_length");
}

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
  /** The paper's markup (default) or OpenAI tool calling (an HTTP policy; tools offered as functions). */
  readonly format?: ActionFormat;
}

export function trajectoryId(exampleId: string, sample: number): string {
  return `${exampleId}#${sample}`;
}

