/**
 * MCP tools against a real MCP server (the SDK's own, src/tools/mcp-server.fixture.ts) run as a
 * child process, over stdio and over Streamable HTTP; and a rollout that calls them, failures
 * included.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { connectMcpTools } from "./mcp.js";
import { ToolCallError } from "../errors/tool-call-error.js";
import { rollout } from "../rollout/rollout.js";
import type { Policy } from "../policy/policy.js";
import type { PromptTemplate } from "../rollout/prompts.js";

const FIXTURE = fileURLToPath(new URL("./mcp-server.fixture.js", import.meta.url));

test("a stdio MCP server's tools are listed with their schemas and called; errors, timeouts and a dead server are ToolCallErrors", async () => {
  const mcp = await connectMcpTools({ name: "fixture", command: process.execPath, args: [FIXTURE], timeoutMs: 1500 });
  try {
    const byName = new Map(mcp.tools.map((t) => [t.name, t]));
    assert.deepEqual([...byName.keys()].sort(), ["add", "exit", "fail", "lookup", "slow"]);
    assert.equal(byName.get("add")!.description, "Adds two numbers");
    assert.deepEqual(Object.keys((byName.get("add")!.parameters as { properties: object }).properties), ["a", "b"]);
    assert.equal(await byName.get("add")!.run('{"a": 2, "b": 40}'), "42");
    // one string property: the bare markup text is the argument
    assert.equal(await byName.get("lookup")!.run("France"), "Paris");
    await assert.rejects(byName.get("add")!.run("two and forty"), (e) => ToolCallError.isInstance(e) && /not a JSON object/.test(e.problem));
    // the server validates: a wrong type comes back as isError
    await assert.rejects(byName.get("add")!.run('{"a": "2", "b": 40}'), (e) => ToolCallError.isInstance(e) && /a/.test(e.problem));
    await assert.rejects(byName.get("fail")!.run("because"), (e) => ToolCallError.isInstance(e) && e.problem === "failed: because");
    await assert.rejects(byName.get("slow")!.run("x"), (e) => ToolCallError.isInstance(e) && /timed out/i.test(e.problem));
    await assert.rejects(byName.get("exit")!.run("x"), (e) => ToolCallError.isInstance(e) && /MCP server fixture/.test(e.problem));
    // the server is gone: later calls fail the same way, never hang
    await assert.rejects(byName.get("add")!.run('{"a": 1, "b": 1}'), (e) => ToolCallError.isInstance(e));
  } finally {
    await mcp.close();
  }
});

test("a Streamable HTTP MCP server's tools work the same; `only` picks tools and names a missing one", async () => {
  const child = spawn(process.execPath, [FIXTURE, "--http"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const url = /listening (\S+)/.exec(line.toString())![1]!;
    const mcp = await connectMcpTools({ name: "remote", url, only: ["add", "lookup"] });
    try {
      assert.deepEqual(mcp.tools.map((t) => t.name).sort(), ["add", "lookup"]);
      assert.equal(await mcp.tools.find((t) => t.name === "add")!.run('{"a": 0.5, "b": 0.25}'), "0.75");
    } finally {
      await mcp.close();
    }
    await assert.rejects(connectMcpTools({ name: "remote", url, only: ["add", "weather"] }), /MCP server remote has no tool weather/);
  } finally {
    child.kill();
  }
  await assert.rejects(connectMcpTools({ name: "nobody", url: "http://127.0.0.1:9/mcp", timeoutMs: 2000 }), /MCP server nobody: cannot connect/);
});

test("a rollout records a failed MCP call as a step with its error and goes on to the answer", async () => {
  const mcp = await connectMcpTools({ name: "fixture", command: process.execPath, args: [FIXTURE] });
  try {
    const actions = ["<fail>no reason</fail>", "<lookup>France</lookup>", "<answer>Paris</answer>"];
    let i = 0;
    const policy: Policy = { name: "script", complete: async () => ({ text: actions[i++]!, tokens: 3, promptTokens: 10, finish: "stop" }) };
    const template: PromptTemplate = { kind: "qa", system: "", user: "Question: {question}", toolTags: ["fail", "lookup"], maxToolCalls: 4 };
    const t = await rollout({
      policy, template, tools: new Map(mcp.tools.map((x) => [x.tag, x])), example: { id: "q1", dataset: "capitals", kind: "qa", question: "Capital of France?", answers: ["Paris"] },
      sample: 0, temperature: 0, maxActionTokens: 16,
    });
    assert.equal(t.stop, "answered");
    assert.equal(t.answer, "Paris");
    assert.equal(t.steps[0]!.toolError, "failed: no reason");
    assert.match(t.steps[0]!.toolResult!, /Error: failed: no reason/);
    assert.equal(t.steps[1]!.toolError, undefined);
    assert.match(t.steps[1]!.toolResult!, /Paris/);
  } finally {
    await mcp.close();
  }
});
