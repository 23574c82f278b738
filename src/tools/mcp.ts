/**
 * Tools from MCP servers, through the official SDK's client: a stdio server (a command swirl
 * starts and stops) or a Streamable HTTP server (a URL). Every tool the server lists becomes a
 * `Tool` whose markup tag is its name; its JSON Schema goes to native tool calls as is.
 *
 *   const mcp = await connectMcpTools({ name: "files", command: "node", args: ["server.js"] });
 *   ... rollouts with mcp.tools ...
 *   await mcp.close();
 *
 * A call that the server answers with `isError`, that times out, or that finds the server gone is a
 * ToolCallError: the rollout records the failed step and goes on.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ToolCallError } from "../errors/tool-call-error.js";
import type { Tool } from "./tool.js";
import { callArguments } from "./call-input.js";

interface McpCommon {
  /** Names the server in errors and logs. */
  readonly name: string;
  /** Per call; default 30 s. */
  readonly timeoutMs?: number;
  /** Offer only these of the server's tools (default all). */
  readonly only?: readonly string[];
}

export type McpServerSpec =
  | (McpCommon & { readonly command: string; readonly args?: readonly string[]; readonly env?: Readonly<Record<string, string>>; readonly cwd?: string })
  | (McpCommon & { readonly url: string; readonly headers?: Readonly<Record<string, string>> });

export interface McpToolset {
  readonly tools: readonly Tool[];
  close(): Promise<void>;
}

interface ListedTool {
  readonly name: string;
  readonly description?: string;
  readonly inputSchema: Record<string, unknown>;
}

interface ContentPart {
  readonly type: string;
  readonly text?: string;
}

export async function connectMcpTools(spec: McpServerSpec): Promise<McpToolset> {
  const client = new Client({ name: "swirl", version: "0.1.0" });
  const timeout = spec.timeoutMs ?? 30_000;
  try {
    await client.connect(transportFor(spec), { timeout });
  } catch (e) {
    throw new Error(`MCP server ${spec.name}: cannot connect (${(e as Error).message})`, { cause: e });
  }
  const listed = (await client.listTools(undefined, { timeout })).tools as ListedTool[];
  const missing = (spec.only ?? []).filter((n) => !listed.some((t) => t.name === n));
  if (missing.length > 0) {
    await client.close();
    throw new Error(`MCP server ${spec.name} has no tool ${missing.join(", ")} (it lists ${listed.map((t) => t.name).join(", ") || "none"})`);
  }
  const offered = listed.filter((t) => spec.only === undefined || spec.only.includes(t.name));
  return {
    tools: offered.map((t) => mcpTool(client, spec.name, t, timeout)),
    close: () => client.close(),
  };
}

function transportFor(spec: McpServerSpec): Transport {
  if ("url" in spec) return new StreamableHTTPClientTransport(new URL(spec.url), { requestInit: { headers: { ...spec.headers } } });
  return new StdioClientTransport({ command: spec.command, args: [...(spec.args ?? [])], ...(spec.env ? { env: { ...spec.env } } : {}), ...(spec.cwd ? { cwd: spec.cwd } : {}), stderr: "pipe" });
}

function mcpTool(client: Client, server: string, t: ListedTool, timeout: number): Tool {
  return {
    name: t.name,
    tag: t.name,
    ...(t.description ? { description: t.description } : {}),
    parameters: t.inputSchema,
    async run(text: string): Promise<string> {
      const args = callArguments(text, t.inputSchema);
      if (args === undefined) throw new ToolCallError({ tool: t.name, problem: `input is not a JSON object: ${text.slice(0, 80)}` });
      let result: Record<string, unknown>;
      try {
        result = await client.callTool({ name: t.name, arguments: args }, undefined, { timeout });
      } catch (e) {
        throw new ToolCallError({ tool: t.name, problem: `MCP server ${server}: ${(e as Error).message}`, cause: e });
      }
      const out = contentText(result.content);
      if (result.isError === true) throw new ToolCallError({ tool: t.name, problem: out || "the server reported an error" });
      return out;
    },
  };
}

/** Text parts joined; other parts (images, resources) named by type, since the policy reads text. */
function contentText(content: unknown): string {
  if (!Array.isArray(content)) return "";
  return (content as ContentPart[]).map((c) => (c.type === "text" ? (c.text ?? "") : `[${c.type}]`)).join("\n");
}
