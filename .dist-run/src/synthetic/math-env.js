/** The synthetic arithmetic environment: train/test word problems and the calculator tool. */
import { generateMathProblems } from "../tasks/synthetic-math.js";
import { calculatorTool } from "../tools/calculator.js";
export function buildMathEnv(opts) {
    return {
        train: generateMathProblems({ split: "train", count: opts.train, seed: opts.seed, steps: opts.steps }),
        test: generateMathProblems({ split: "test", count: opts.test, seed: opts.seed, steps: opts.steps }),
        calculator: calculatorTool(),
    };
}
/** Numbers as they appear in a text, in order ("25%" gives 25, "1,200" gives 1200). */
export function numbersIn(text) {
    return [...text.replace(/(\d),(\d{3})/g, "$1$2").matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}
//# sourceMappingURL=math-env.js.map