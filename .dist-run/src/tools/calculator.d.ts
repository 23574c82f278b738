import { type Tool } from "./tool.js";
/** Evaluates an expression to its printed result or an "Error: …" text. */
export declare function calculate(expression: string): string;
export declare function calculatorTool(opts?: {
    name?: string;
    tag?: string;
}): Tool;
