/**
 * One tool call that failed (input the tool's schema refuses, an `execute` that threw, an MCP
 * server that timed out or died). It ends the call, not the rollout: the policy sees
 * `Error: <problem>` as the tool result, the step records the error, the stage's failure log
 * records the call, and the judge labels the step like any other.
 */
export class ToolCallError extends Error {
  override readonly name = "ToolCallError";
  readonly tool: string;
  readonly problem: string;

  constructor(opts: { tool: string; problem: string; cause?: unknown }) {
    super(`tool ${opts.tool}: ${opts.problem}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.tool = opts.tool;
    this.problem = opts.problem;
  }

  static isInstance(e: unknown): e is ToolCallError {
    return e instanceof Error && e.name === "ToolCallError";
  }
}
