/**
 * A rollout in the native format (OpenAI tool calling): the task's tools are offered as
 * functions, the policy answers with `tool_calls` or with plain content, and each result goes
 * back as a `role: "tool"` message. Every call is one step, as in an imported log (several calls
 * in one turn are that many steps, the reasoning with the first); each step keeps the call as
 * made (`Step.call`) beside its markup rendering, so judges, filters, training and export treat
 * both formats alike. Stops as the markup rollout does (rollout.ts).
 */
import type { FunctionTool, Message, Step, StopReason, Trajectory, WireMessage, WireToolCall } from "../types.js";
import type { Tool } from "../tools/tool.js";
import { taskPrompt, toolResultMessage } from "./prompts.js";
import { callAction, inputOf } from "./native-format.js";
import { callTool, outgrewContext, trajectoryId, type RolloutOptions } from "./rollout-options.js";

/** The argument that carries a tool's input when it takes one string: a built-in's own name, else `input`. */
const STRING_ARGUMENT: Readonly<Record<string, string>> = { search: "query", calculator: "expression" };

/** A tool as an offered function: its own JSON Schema, or one string argument. */
export function functionOf(tool: Tool): FunctionTool {
  const argument = STRING_ARGUMENT[tool.name] ?? "input";
  const parameters = tool.parameters ?? { type: "object", properties: { [argument]: { type: "string" } }, required: [argument] };
  return { type: "function", function: { name: tool.name, ...(tool.description ? { description: tool.description } : {}), parameters } };
}

export async function nativeRollout(o: RolloutOptions): Promise<Trajectory> {
  const prompt = taskPrompt(o.template, o.example);
  const offered = [...o.tools.values()];
  const byName = new Map(offered.map((t) => [t.name, t]));
  const functions = offered.map(functionOf);
  const markup: Message[] = [...prompt];
  const wire: WireMessage[] = prompt.map((m): WireMessage => (m.role === "system" ? { role: "system", content: m.content } : { role: "user", content: m.content }));
  const steps: Step[] = [];
  const inputs: string[] = [];
  const id = trajectoryId(o.example.id, o.sample);
  const done = (stop: StopReason, extra: { answer?: string; error?: string } = {}): Trajectory => ({
    id, exampleId: o.example.id, sample: o.sample, prompt, steps, stop, format: "native",
    ...(functions.length > 0 ? { tools: functions as unknown as Record<string, unknown>[] } : {}), ...extra,
  });

  for (let turn = 0; ; turn++) {
    const t0 = performance.now();
    let completion;
    try {
      completion = await o.policy.complete({
        messages: markup, temperature: o.temperature, maxTokens: o.maxActionTokens, stop: [],
        seed: `${o.seed ?? 0}:${id}:${turn}`, native: { tools: functions, messages: wire },
      });
    } catch (e) {
      if (outgrewContext(e)) return done("context_full", { error: `step ${steps.length}: ${(e as Error).message}` });
      return done("error", { error: `policy call failed at step ${steps.length}: ${(e as Error).message}` });
    }
    const calls = completion.toolCalls ?? [];
    const reasoning = completion.text.trim(); // with calls: the thought; without: the answer
    if (calls.length === 0) {
      const answer = reasoning;
      const action = answer === "" ? { kind: "invalid" as const, reason: "no_tag" as const, reasoning: "" } : { kind: "answer" as const, answer, reasoning: "" };
      const step: Step = { text: completion.text, action, tokens: completion.tokens, ...(completion.logprobs ? { logprobs: completion.logprobs } : {}), ms: Math.round(performance.now() - t0) };
      steps.push(step);
      o.onStep?.(step, steps.length - 1);
      return action.kind === "answer" ? done("answered", { answer }) : done("invalid_action");
    }
    const answered: WireToolCall[] = [];
    const results: WireMessage[] = [];
    for (const [k, call] of calls.entries()) {
      const tool = byName.get(call.function.name);
      const input = inputOf(call.function.arguments);
      const thought = k === 0 ? reasoning : "";
      const text = callAction(thought, tool?.tag ?? call.function.name, input);
      const base = { text, tokens: k === 0 ? completion.tokens : 0, ms: 0 };
      if (tool === undefined || (o.rejectRepeats && inputs.includes(input))) {
        const reason = tool === undefined ? ("unknown_tool" as const) : ("repeated_query" as const);
        const step: Step = { ...base, action: { kind: "invalid", reason, reasoning: thought }, call: { id: call.id, name: call.function.name, arguments: call.function.arguments } };
        steps.push(step);
        o.onStep?.(step, steps.length - 1);
        return done("invalid_action");
      }
      if (inputs.length >= o.template.maxToolCalls) {
        const step: Step = { ...base, action: { kind: "tool", tool: tool.tag, input, reasoning: thought }, call: { id: call.id, name: call.function.name, arguments: call.function.arguments } };
        steps.push(step);
        o.onStep?.(step, steps.length - 1);
        return done("step_cap");
      }
      // a tool with a schema takes the JSON arguments; a one-string tool its string
      const { output, error: toolError } = await callTool(o, id, steps.length, tool, tool.parameters ? call.function.arguments : inputOf(call.function.arguments, STRING_ARGUMENT[tool.name] ?? "input"));
      inputs.push(input);
      const step: Step = {
        ...base, ms: Math.round(performance.now() - t0),
        action: { kind: "tool", tool: tool.tag, input, reasoning: thought },
        toolResult: toolResultMessage(input, output).content,
        ...(toolError !== undefined ? { toolError } : {}),
        ...(k === 0 && completion.logprobs ? { logprobs: completion.logprobs } : {}),
        call: { id: call.id, name: call.function.name, arguments: call.function.arguments, output },
      };
      steps.push(step);
      o.onStep?.(step, steps.length - 1);
      markup.push({ role: "assistant", content: text }, { role: "user", content: step.toolResult! });
      answered.push(call);
      results.push({ role: "tool", tool_call_id: call.id, content: output });
    }
    wire.push({ role: "assistant", content: reasoning === "" ? null : reasoning, tool_calls: answered }, ...results);
  }
}
