/** An MCP server over stdio, written with the official SDK: one tool, `capital` (country → capital city). */
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const CAPITALS: Readonly<Record<string, string>> = { France: "Paris", Japan: "Tokyo", Kenya: "Nairobi" };

const server = new McpServer({ name: "capitals", version: "1.0.0" });
server.registerTool("capital", { description: "Capital city of a country", inputSchema: { country: z.string() } }, ({ country }) => {
  const city = CAPITALS[country];
  return city ? { content: [{ type: "text", text: city }] } : { content: [{ type: "text", text: `no capital known for ${country}` }], isError: true };
});
await server.connect(new StdioServerTransport());
