import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Completion, CompletionRequest, Policy } from "../policy/policy.js";
import type { Tool } from "../tools/tool.js";
import { generate } from "./generate.js";
import { parseTrajectory, readJsonlRecords } from "../run/records.js";

/** A model that calls <t> twice and then answers; `failThird` makes its third turn fail. */
function agent(state: { failThird: boolean; calls: number }): Policy {
  return {
    name: "agent",
    async complete(r: CompletionRequest): Promise<Completion> {
      state.calls++;
      const turn = r.messages.filter((m) => m.role === "assistant").length;
      if (turn === 2 && state.failThird) throw new Error("server went away");
      const text = turn < 2 ? `look <t>${"ab"[turn]}</t>` : "<answer>done</answer>";
      return { text, tokens: 3, promptTokens: 0, finish: "stop" };
    },
  };
}

test("generate resumes a trajectory cut short without calling the model or a tool again for its recorded steps", async () => {
  const runDir = mkdtempSync(join(tmpdir(), "swirl-resume-"));
  const runs: string[] = [];
  const tool: Tool = { name: "t", tag: "t", run: async (input) => (runs.push(input), `got ${input}`) };
  const options = {
    runDir, examples: [{ id: "q", dataset: "d", kind: "qa" as const, question: "?", answers: ["done"] }], tools: new Map([["t", tool]]),
    template: { kind: "qa" as const, system: "", user: "{question}", toolTags: ["t"], maxToolCalls: 5 }, samples: 1,
  };
  const model = { failThird: true, calls: 0 };
  const first = await generate({ ...options, policy: agent(model) });
  assert.deepEqual([first.errors, model.calls, runs], [1, 3, ["a", "b"]]);

  model.failThird = false;
  const second = await generate({ ...options, policy: agent(model) });
  assert.equal(second.generated, 1);
  assert.deepEqual([model.calls, runs], [4, ["a", "b"]], "only the failed turn reaches the model; no tool runs twice");
  const t = readJsonlRecords(join(runDir, "trajectories.jsonl"), parseTrajectory).at(-1)!;
  assert.deepEqual([t.stop, t.steps.map((s) => s.toolResult)], ["answered", ["a -> got a", "b -> got b", undefined]]);
});
