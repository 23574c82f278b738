/** What a rollout needs (rollout.ts, native-rollout.ts), and what both formats share. */
import type { ActionFormat, Example, Step, ToolOutcome } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { Policy } from "../policy/policy.js";
import type { PromptTemplate } from "./prompts.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";
import { ToolCallError } from "../errors/tool-call-error.js";
import { contentHash, type KeyValueStore } from "../run/kv.js";

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
  /** Tool results by trajectory, step and input (the run's cache/tools.jsonl): a resumed rollout calls no tool twice. */
  readonly toolCache?: KeyValueStore<ToolOutcome>;
}

/**
 * Step `step` of trajectory `id` calls `tool`: answered from the tool cache when a killed run had
 * already made this call, else run and recorded. A ToolCallError is a result like any other
 * (`Error: …`, the judge labels the step); anything else ends the stage.
 */
export async function callTool(o: RolloutOptions, id: string, step: number, tool: Tool, input: string): Promise<ToolOutcome> {
  const key = o.toolCache ? contentHash({ trajectory: id, step, tool: tool.name, input }) : "";
  const hit = o.toolCache?.get(key);
  if (hit) return hit;
  let outcome: ToolOutcome;
  try {
    outcome = { output: await tool.run(input) };
  } catch (e) {
    if (!ToolCallError.isInstance(e)) throw e;
    outcome = { output: `Error: ${e.problem}`, error: e.problem };
  }
  // written in the background (the store flushes it within this loop turn or at close): awaiting
  // it would move every rollout's next request to a later turn and so change how the embedded
  // policy batches them; a kill before the flush only costs calling this tool again
  void o.toolCache?.set(key, outcome);
  return outcome;
}

export function trajectoryId(exampleId: string, sample: number): string {
  return `${exampleId}#${sample}`;
}

