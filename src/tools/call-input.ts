/**
 * How the text of a markup call (`<tag>text</tag>`) becomes a structured tool's arguments: a
 * JSON object as such; otherwise, when the tool's JSON Schema has exactly one property and it is
 * a string, the bare text is that property (`<lookup>France</lookup>` → `{"country": "France"}`).
 * Shared by TypeScript tools (define-tool.ts) and MCP tools (mcp.ts).
 */
export function callArguments(text: string, parameters: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const s = text.trim();
  if (s.startsWith("{")) {
    try {
      const v = JSON.parse(s) as unknown;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // not JSON: read as bare text below
    }
  }
  const field = soleStringProperty(parameters);
  return field !== undefined ? { [field]: s } : undefined;
}

function soleStringProperty(schema: Readonly<Record<string, unknown>>): string | undefined {
  const props = (schema.properties ?? {}) as Record<string, { type?: unknown }>;
  const keys = Object.keys(props);
  return keys.length === 1 && props[keys[0]!]?.type === "string" ? keys[0] : undefined;
}
