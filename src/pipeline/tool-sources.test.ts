/**
 * A task config's `tools:` through buildEnvironment: a JS module of tools and a real MCP server
 * (child process), merged with the task's own search, named in the system prompt and callable.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEnvironment } from "./environment.js";

const MCP_FIXTURE = fileURLToPath(new URL("../tools/mcp-server.fixture.js", import.meta.url));
const DEFINE_TOOL = new URL("../tools/define-tool.js", import.meta.url).href;
const ZOD = import.meta.resolve("zod");

function toolModule(): string {
  const dir = mkdtempSync(join(tmpdir(), "swirl-tools-"));
  const file = join(dir, "tools.mjs");
  writeFileSync(file, [
    `import { z } from ${JSON.stringify(ZOD)};`,
    `import { tool } from ${JSON.stringify(DEFINE_TOOL)};`,
    `export const tools = [tool({ name: "shout", description: "Upper-cases text", inputSchema: z.object({ text: z.string() }), execute: ({ text }) => text.toUpperCase() })];`,
    `export const notATool = { name: "x" };`,
  ].join("\n"));
  return file;
}

const QA = { kind: "synthetic-qa", seed: 3, train: 4, test: 2 } as const;

test("tools from a module and an MCP server join the task's own tools and the system prompt", async () => {
  const env = await buildEnvironment({ ...QA, tools: [{ module: toolModule() }, { mcp: { name: "fixture", command: process.execPath, args: [MCP_FIXTURE], only: ["add"] } }] }, { template: "full" });
  try {
    assert.deepEqual([...env.tools.keys()].sort(), ["add", "search_query", "shout"]);
    assert.ok(env.template.toolTags.includes("shout") && env.template.toolTags.includes("add"));
    assert.match(env.template.system, /<shout>INPUT<\/shout>: Upper-cases text/);
    assert.match(env.template.system, /<add>INPUT<\/add>: Adds two numbers/);
    assert.equal(await env.tools.get("shout")!.run("quiet"), "QUIET");
    assert.equal(await env.tools.get("add")!.run('{"a": 1, "b": 2}'), "3");
  } finally {
    await env.close();
  }
});

test("a bad tool source is a clear error: missing module, an export that is not a tool, a tag used twice, an unknown key", async () => {
  const file = toolModule();
  await assert.rejects(buildEnvironment({ ...QA, tools: [{ module: join(tmpdir(), "no-such-tools.mjs") }] }), /task tools: cannot load module .*no-such-tools\.mjs/);
  await assert.rejects(buildEnvironment({ ...QA, tools: [{ module: file, export: "notATool" }] }), /export "notATool" is not a tool/);
  await assert.rejects(buildEnvironment({ ...QA, tools: [{ module: file }, { module: file }] }), /two tools use the tag <shout>/);
  await assert.rejects(buildEnvironment({ ...QA, tools: [{ module: file, exports: "tools" }] } as never), /exports/);
});
