/**
 * The calculator tool (`<math_exp>…</math_exp>`): evaluates exactly with rationals and answers
 * with a plain number, or with a short "Error: …" text — it never throws.
 */
import { formatRational } from "./calculator/format.js";
import { evaluate } from "./calculator/parser.js";
import { CalcError } from "./calculator/rational.js";
import { BUILTIN_TAGS, defineTool, type Tool } from "./tool.js";

/** Evaluates an expression to its printed result or an "Error: …" text. */
export function calculate(expression: string): string {
  try {
    return formatRational(evaluate(expression));
  } catch (e) {
    if (e instanceof CalcError) return `Error: ${e.message}`;
    // anything else is a bug in the evaluator; still never let it end a rollout
    return `Error: cannot evaluate (${(e as Error).message ?? String(e)})`;
  }
}

export function calculatorTool(opts: { name?: string; tag?: string } = {}): Tool {
  return defineTool({
    name: opts.name ?? "calculator",
    tag: opts.tag ?? BUILTIN_TAGS.calculator,
    description: "Evaluates an arithmetic expression: + - * / ^, parentheses, decimals, percentages.",
    run: async (input: string) => calculate(input),
  });
}
