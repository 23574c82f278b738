/**
 * A tool the policy can call: a plain object with a name, the markup tag that invokes it
 * (`<tag>input</tag>`), and `run`, which turns the call's input into the text the model sees next.
 * A call that fails throws `ToolCallError` (the rollout shows `Error: …` to the policy and records
 * the step's error); any other throw is a bug or an outage and ends the stage.
 */
export interface Tool {
  /** Stable identifier, e.g. "search", "calculator". */
  readonly name: string;
  /** Markup tag of a call, e.g. "search_query" or "math_exp" (paper App. E). */
  readonly tag: string;
  /** One line for prompts and help texts. */
  readonly description?: string;
  /** JSON Schema of the input, for native tool calls (`tools` in a chat request); absent: one string. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  run(input: string): Promise<string>;
}

/** Identity helper so a tool literal is checked against `Tool` and keeps its own type. */
export function defineTool<T extends Tool>(tool: T): T {
  return tool;
}

/** The markup tags of the built-in tools by name (their defaults), e.g. for mapping OpenAI tool calls. */
export const BUILTIN_TAGS = { search: "search_query", calculator: "math_exp" } as const;
