import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import type { Completion, CompletionRequest, Policy } from "../policy/policy.js";
import type { WireToolCall } from "../types.js";
import type { Tool } from "../tools/tool.js";
import { tool } from "../tools/define-tool.js";
import { rollout } from "./rollout.js";

/** A scripted model: the replies of each turn, in order; it keeps every request it got. */
function scripted(...turns: (string | WireToolCall[])[]): Policy & { requests: CompletionRequest[] } {
  const requests: CompletionRequest[] = [];
  return {
    name: "scripted",
    requests,
    async complete(r: CompletionRequest): Promise<Completion> {
      const t = turns[requests.push(r) - 1]!;
      return typeof t === "string" ? { text: t, tokens: 1, promptTokens: 0, finish: "stop" } : { text: "", tokens: 1, promptTokens: 0, finish: "stop", toolCalls: t };
    },
  };
}

const call = (id: string, name: string, args: unknown): WireToolCall => ({ id, type: "function", function: { name, arguments: JSON.stringify(args) } });
const add = tool({ name: "add", description: "adds", inputSchema: z.object({ a: z.number(), b: z.number() }), execute: ({ a, b }) => a + b });
const fails = tool({ name: "fails", description: "always fails", inputSchema: z.object({ x: z.string() }), execute: () => { throw new Error("down"); } });
const example = { id: "e", dataset: "d", kind: "math" as const, question: "1+2 and 3+4?", answers: ["3, 7"] };
const template = { kind: "math" as const, system: "", user: "{question}", toolTags: ["add", "fails"], maxToolCalls: 3 };
const base = { tools: new Map<string, Tool>([["add", add], ["fails", fails]]), template, example, sample: 0, temperature: 0, maxActionTokens: 16, format: "native" as const };

test("native rollout: two calls in one turn are two steps, sent back as one assistant turn and two tool messages", async () => {
  const policy = scripted([call("c1", "add", { a: 1, b: 2 }), call("c2", "add", { a: 3, b: 4 })], "3, 7");
  const t = await rollout({ ...base, policy });
  assert.deepEqual(t.steps.map((s) => s.call?.output), ["3", "7", undefined]);
  assert.deepEqual(t.steps.map((s) => s.action.kind), ["tool", "tool", "answer"]);
  assert.deepEqual([t.stop, t.answer], ["answered", "3, 7"]);
  const second = policy.requests[1]!.native!;
  assert.deepEqual(second.tools.map((f) => f.function.name), ["add", "fails"]);
  assert.deepEqual(second.messages.map((m) => m.role), ["user", "assistant", "tool", "tool"]);
  assert.deepEqual(second.messages[1], { role: "assistant", content: null, tool_calls: [call("c1", "add", { a: 1, b: 2 }), call("c2", "add", { a: 3, b: 4 })] });
  assert.deepEqual(policy.requests[1]!.stop, []);
});

test("native rollout: a failing tool is a recorded step; an unknown function ends the rollout as invalid; the cap holds", async () => {
  const failed = await rollout({ ...base, policy: scripted([call("f", "fails", { x: "?" })], "no idea") });
  assert.match(failed.steps[0]!.toolError ?? "", /down/);
  assert.match(failed.steps[0]!.call?.output ?? "", /^Error: /);
  assert.equal(failed.stop, "answered");

  const unknown = await rollout({ ...base, policy: scripted([call("u", "nope", {})]) });
  assert.deepEqual([unknown.stop, unknown.steps[0]!.action], ["invalid_action", { kind: "invalid", reason: "unknown_tool", reasoning: "" }]);

  const capped = await rollout({ ...base, policy: scripted(...Array.from({ length: 5 }, (_, i) => [call(`k${i}`, "add", { a: i, b: 0 })])) });
  assert.deepEqual([capped.stop, capped.steps.length, capped.steps.at(-1)!.call?.output], ["step_cap", 4, undefined]);
});
