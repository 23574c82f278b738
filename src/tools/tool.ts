/**
 * A tool the policy can call: a plain object with a name, the markup tag that invokes it
 * (`<tag>input</tag>`), and `run`, which turns the call's input into the text the model sees next.
 * `run` should not throw: failures come back as short text, so one bad call never ends a run.
 */
export interface Tool {
  /** Stable identifier, e.g. "search", "calculator". */
  readonly name: string;
  /** Markup tag of a call, e.g. "search_query" or "math_exp" (paper App. E). */
  readonly tag: string;
  /** One line for prompts and help texts. */
  readonly description?: string;
  run(input: string): Promise<string>;
}

/** Identity helper so a tool literal is checked against `Tool` and keeps its own type. */
export function defineTool<T extends Tool>(tool: T): T {
  return tool;
}

/** The markup tags of the built-in tools by name (their defaults), e.g. for mapping OpenAI tool calls. */
export const BUILTIN_TAGS = { search: "search_query", calculator: "math_exp" } as const;
