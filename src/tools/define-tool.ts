/**
 * `tool()`: a tool defined once in TypeScript, in the style of the Vercel AI SDK — a name, a
 * description, a zod object schema of its input and `execute`.
 *
 *   const weather = tool({
 *     name: "weather", description: "Current temperature of a city",
 *     inputSchema: z.object({ city: z.string() }),
 *     execute: async ({ city }) => `${city}: 21 °C`,
 *   });
 *
 * In the paper's markup the call's text is the input: a JSON object, or, when the schema has a
 * single string field, the bare text (`<weather>Paris</weather>`). The input is validated before
 * `execute`; a refused input or a throwing `execute` is a ToolCallError, so the rollout records a
 * failed step for the judge instead of ending. `parameters` is the JSON Schema that native tool
 * calling sends as `tools[].function.parameters`.
 */
import { z } from "zod";
import { ToolCallError } from "../errors/tool-call-error.js";
import type { Tool } from "./tool.js";
import { callArguments } from "./call-input.js";

export interface ToolDefinition<S extends z.ZodObject> {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: S;
  /** Markup tag of a call; default the name. */
  readonly tag?: string;
  /** Returns the text the policy sees next (anything else is sent as JSON). */
  execute(input: z.infer<S>): unknown;
}

export interface DefinedTool<S extends z.ZodObject> extends Tool {
  readonly description: string;
  readonly inputSchema: S;
  readonly parameters: Readonly<Record<string, unknown>>;
}

export function tool<S extends z.ZodObject>(def: ToolDefinition<S>): DefinedTool<S> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(def.name)) throw new Error(`tool name "${def.name}": use 1–64 letters, digits, _ or - (OpenAI function names)`);
  const parameters = z.toJSONSchema(def.inputSchema, { io: "input" }) as Record<string, unknown>;
  return {
    name: def.name,
    tag: def.tag ?? def.name,
    description: def.description,
    inputSchema: def.inputSchema,
    parameters,
    async run(text: string): Promise<string> {
      const parsed = def.inputSchema.safeParse(callArguments(text, parameters) ?? text);
      if (!parsed.success) throw new ToolCallError({ tool: def.name, problem: `invalid input: ${describeIssues(parsed.error)}` });
      let out: unknown;
      try {
        out = await def.execute(parsed.data);
      } catch (e) {
        throw new ToolCallError({ tool: def.name, problem: e instanceof Error ? e.message : String(e), cause: e });
      }
      return typeof out === "string" ? out : JSON.stringify(out);
    },
  };
}

/** `city: expected string, received number; unit: …` — what the policy (and the judge) reads. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "input"}: ${i.message}`).join("; ");
}
