/**
 * A real MCP server for the tests, written with the official SDK: `node mcp-server.fixture.js`
 * speaks stdio; with `--http` it serves Streamable HTTP on 127.0.0.1 (a free port, printed as
 * `listening <url>`). Tools: add (two numbers), lookup (one string), fail (answers isError),
 * slow (answers after 5 s), exit (the process dies mid-call).
 */
import { createServer } from "node:http";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

function server(): McpServer {
  const s = new McpServer({ name: "fixture", version: "1.0.0" });
  s.registerTool("add", { description: "Adds two numbers", inputSchema: { a: z.number(), b: z.number() } }, ({ a, b }) => text(String(a + b)));
  s.registerTool("lookup", { description: "Capital of a country", inputSchema: { country: z.string() } }, ({ country }) =>
    text(country === "France" ? "Paris" : `no entry for ${country}`),
  );
  s.registerTool("fail", { description: "Always fails", inputSchema: { why: z.string() } }, ({ why }) => ({ ...text(`failed: ${why}`), isError: true }));
  s.registerTool("slow", { description: "Answers after 5 s", inputSchema: { x: z.string() } }, async ({ x }) => {
    await new Promise((r) => setTimeout(r, 5000));
    return text(x);
  });
  s.registerTool("exit", { description: "Kills the server", inputSchema: { x: z.string() } }, () => process.exit(3));
  return s;
}

if (process.argv.includes("--http")) {
  // stateless Streamable HTTP, the SDK's own mode for it: every POST gets a fresh server and
  // transport; GET (a server-sent event stream) is refused with 405, which clients accept
  const http = createServer((req, res) => {
    if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
    const s = server();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on("close", () => void transport.close().then(() => s.close()));
    void s.connect(transport).then(() => transport.handleRequest(req, res));
  });
  http.listen(0, "127.0.0.1", () => {
    const a = http.address();
    if (a && typeof a === "object") console.log(`listening http://127.0.0.1:${a.port}/mcp`);
  });
} else {
  await server().connect(new StdioServerTransport());
}
