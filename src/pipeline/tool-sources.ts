/**
 * Opens the `tools:` of a task config: JS modules that export `tool()`s (or any `Tool`) and MCP
 * servers. The MCP clients stay connected until `close()`.
 */
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Tool } from "../tools/tool.js";
import { connectMcpTools, type McpToolset } from "../tools/mcp.js";
import type { ToolSource } from "./task-config.js";

export interface OpenedTools {
  readonly tools: readonly Tool[];
  close(): Promise<void>;
}

export async function openToolSources(sources: readonly ToolSource[]): Promise<OpenedTools> {
  const tools: Tool[] = [];
  const servers: McpToolset[] = [];
  const close = async () => void (await Promise.all(servers.map((s) => s.close())));
  try {
    for (const source of sources) {
      if ("module" in source) tools.push(...(await moduleTools(source.module, source.export)));
      else {
        const set = await connectMcpTools(source.mcp);
        servers.push(set);
        tools.push(...set.tools);
      }
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { tools, close };
}

/** A module a config names: a path relative to the working directory, or a package name. */
export async function importConfigModule(specifier: string, what: string): Promise<Record<string, unknown>> {
  const local = specifier.startsWith(".") || isAbsolute(specifier);
  try {
    return (await import(local ? pathToFileURL(resolve(specifier)).href : specifier)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${what}: cannot load module ${specifier} (${(e as Error).message})`, { cause: e });
  }
}

async function moduleTools(specifier: string, name: string | undefined): Promise<Tool[]> {
  const mod = await importConfigModule(specifier, "task tools");
  const key = name ?? ("tools" in mod ? "tools" : "default");
  const value = mod[key];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (value === undefined || list.length === 0) throw new Error(`task tools: module ${specifier} has no export "${key}" holding tools`);
  return list.map((t, i) => {
    if (!isTool(t)) throw new Error(`task tools: ${specifier} export "${key}"${Array.isArray(value) ? `[${i}]` : ""} is not a tool (needs name, tag and run; make it with tool())`);
    return t;
  });
}

function isTool(x: unknown): x is Tool {
  const t = x as Partial<Tool> | null;
  return t !== null && typeof t === "object" && typeof t.name === "string" && typeof t.tag === "string" && typeof t.run === "function";
}
