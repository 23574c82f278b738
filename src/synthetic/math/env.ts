/** The synthetic arithmetic environment: train/test word problems and the calculator tool. */
import { generateMathProblems } from "./problems.js";
import { calculatorTool } from "../../tools/calculator.js";
import type { Tool } from "../../tools/tool.js";
import type { Example } from "../../types.js";

export interface MathEnv {
  readonly train: Example[];
  readonly test: Example[];
  readonly calculator: Tool;
}

export function buildMathEnv(opts: { seed: number | string; train: number; test: number; steps?: readonly number[] }): MathEnv {
  return {
    train: generateMathProblems({ split: "train", count: opts.train, seed: opts.seed, steps: opts.steps }),
    test: generateMathProblems({ split: "test", count: opts.test, seed: opts.seed, steps: opts.steps }),
    calculator: calculatorTool(),
  };
}

