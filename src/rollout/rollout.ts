/**
 * One multi-step rollout (paper §2): s1 = task prompt; each action is one policy turn that
 * either calls a tool (its result comes back as the next user turn) or answers. Stops when the
 * policy answers, when it emits an invalid action, when it calls a tool past the cap, when the
 * conversation outgrows the model's context, or when a policy call fails (recorded in the
 * trajectory, never dropped).
 */
import type { Message, Step, StopReason, Trajectory } from "../types.js";
import { parseAction } from "./parse-action.js";
import { stopStrings, taskPrompt, toolResultMessage } from "./prompts.js";
import { callTool, outgrewContext, trajectoryId, type RolloutOptions } from "./rollout-options.js";
import { nativeRollout } from "./native-rollout.js";

export { trajectoryId, type RolloutOptions };

export async function rollout(o: RolloutOptions): Promise<Trajectory> {
  if (o.format === "native") return nativeRollout(o);
  const prompt = taskPrompt(o.template, o.example);
  const messages: Message[] = [...prompt];
  const steps: Step[] = [];
  const inputs: string[] = [];
  const id = trajectoryId(o.example.id, o.sample);
  const done = (stop: StopReason, extra: { answer?: string; error?: string } = {}): Trajectory => ({
    id, exampleId: o.example.id, sample: o.sample, prompt, steps, stop, ...extra,
  });

  for (let i = 0; ; i++) {
    const t0 = performance.now();
    let completion;
    try {
      completion = await o.policy.complete({
        messages,
        temperature: o.temperature,
        maxTokens: o.maxActionTokens,
        stop: stopStrings(o.template),
        seed: `${o.seed ?? 0}:${id}:${i}`,
      });
    } catch (e) {
      // a context overflow will not pass on a retry: the rollout ends here, for good
      if (outgrewContext(e)) return done("context_full", { error: `step ${i}: ${(e as Error).message}` });
      return done("error", { error: `policy call failed at step ${i}: ${(e as Error).message}` });
    }
    const text = completion.text;
    const action = parseAction(text, { toolTags: o.template.toolTags, previousInputs: inputs, rejectRepeats: o.rejectRepeats });
    let toolResult: string | undefined;
    let toolError: string | undefined;
    if (action.kind === "tool" && inputs.length < o.template.maxToolCalls) {
      const tool = o.tools.get(action.tool);
      if (tool) {
        const r = await callTool(o, id, i, tool, action.input);
        toolResult = r.output;
        toolError = r.error;
      } else {
        toolResult = `no tool for <${action.tool}>`;
      }
      inputs.push(action.input);
    }
    const step: Step = {
      text,
      action,
      ...(toolResult !== undefined ? { toolResult: toolResultMessage(action.kind === "tool" ? action.input : "", toolResult).content } : {}),
      ...(toolError !== undefined ? { toolError } : {}),
      tokens: completion.tokens,
      ...(completion.logprobs ? { logprobs: completion.logprobs } : {}),
      ms: Math.round(performance.now() - t0),
    };
    steps.push(step);
    o.onStep?.(step, i);
    if (action.kind === "answer") return done("answered", { answer: action.answer });
    if (action.kind === "invalid") return done("invalid_action");
    if (toolResult === undefined) return done("step_cap"); // a tool call past the cap
    messages.push({ role: "assistant", content: text }, { role: "user", content: step.toolResult! });
  }
}
