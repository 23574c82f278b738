/**
 * Arithmetic word problems that need 2–6 calculator calls. A problem is a story over one count:
 * it starts with a number and applies operations; each calculator step is one binary expression
 * on numbers already known, recorded in `meta.expressions` with its result.
 */
import type { Example } from "../../types.js";
import { Rng } from "../../util/random.js";
import { MATH_FRAMES, MATH_NAMES, type MathFrame } from "./templates.js";

export type MathMeta = {
  readonly template: string;
  readonly split: "train" | "test";
  /** Number of calculator calls in the reference solution. */
  readonly steps: number;
  /** The reference solution, one calculator expression per step. */
  readonly expressions: readonly string[];
  readonly results: readonly number[];
};

export interface MathOptions {
  split: "train" | "test";
  count: number;
  seed?: string | number;
  /** Allowed step counts; default 2..6. */
  steps?: readonly number[];
  /**
   * Story frames to draw from: the split's own (default; train and test frames are disjoint, so
   * a test problem is worded in ways training never showed) or the training frames (held-out
   * problems from the training distribution, as GSM8K's test split is).
   */
  frames?: "split" | "train";
  /** Questions never to produce (e.g. every training problem, so held-out ones cannot repeat one). */
  exclude?: ReadonlySet<string>;
}

const MAX_VALUE = 20_000;

type Op = { sentence: string; exprs: [string, number][] };

/** Tries to extend the story by one operation of at most `budget` steps from value v. */
function nextOp(rng: Rng, f: MathFrame, name: string, v: number, budget: number): Op | undefined {
  const kinds = budget >= 2 ? ["add", "sub", "mul", "div", "groups", "percent"] : ["add", "sub", "mul", "div"];
  const kind = rng.pick(kinds);
  switch (kind) {
    case "add": {
      const n = rng.range(2, 40);
      return { sentence: `${name} ${f.gain} ${n} more ${f.item}.`, exprs: [[`${v} + ${n}`, v + n]] };
    }
    case "sub": {
      if (v < 3) return undefined;
      const n = rng.range(1, v - 1);
      return { sentence: `${name} ${f.lose} ${n} ${f.item}.`, exprs: [[`${v} - ${n}`, v - n]] };
    }
    case "mul": {
      const k = rng.range(2, 5);
      if (v * k > MAX_VALUE) return undefined;
      return { sentence: `Then the number of ${f.item} becomes ${k} times as large.`, exprs: [[`${v} * ${k}`, v * k]] };
    }
    case "div": {
      const ks = [2, 3, 4, 5, 6].filter((k) => v % k === 0 && v / k >= 1);
      if (ks.length === 0) return undefined;
      const k = rng.pick(ks);
      return {
        sentence: `${name} splits the ${f.item} equally into ${k} ${f.containers} and keeps one ${f.container}.`,
        exprs: [[`${v} / ${k}`, v / k]],
      };
    }
    case "groups": {
      const g = rng.range(2, 9);
      const m = rng.range(2, 12);
      if (v + g * m > MAX_VALUE) return undefined;
      return {
        sentence: `${name} ${f.gain} ${g} ${f.containers} with ${m} ${f.item} in each.`,
        exprs: [[`${g} * ${m}`, g * m], [`${v} + ${g * m}`, v + g * m]],
      };
    }
    default: {
      const ps = [10, 20, 25, 50].filter((p) => (v * p) % 100 === 0 && v * p < 100 * v);
      if (ps.length === 0) return undefined;
      const p = rng.pick(ps);
      const part = (v * p) / 100;
      return { sentence: `${name} ${f.lose} ${p}% of the ${f.item}.`, exprs: [[`${v} * ${p}%`, part], [`${v} - ${part}`, v - part]] };
    }
  }
}

function problem(rng: Rng, frame: MathFrame, steps: number) {
  for (;;) {
    const name = rng.pick(MATH_NAMES);
    // start from a number with a few divisors so division and percent steps are possible
    let v = rng.pick([4, 5, 10, 12]) * rng.range(1, 12);
    const sentences = [`${name} ${frame.start} ${v} ${frame.item}.`];
    const exprs: [string, number][] = [];
    let guard = 0;
    while (exprs.length < steps && guard++ < 50) {
      const op = nextOp(rng, frame, name, v, steps - exprs.length);
      if (!op) continue;
      sentences.push(op.sentence);
      exprs.push(...op.exprs);
      v = op.exprs[op.exprs.length - 1]![1];
    }
    if (exprs.length !== steps) continue;
    sentences.push(`How many ${frame.item} does ${name} have now?`);
    return { question: sentences.join(" "), answer: v, exprs };
  }
}

export function generateMathProblems(opts: MathOptions): Example[] {
  const rng = new Rng(`math:${opts.seed ?? 0}:${opts.split}`);
  const frames = MATH_FRAMES.filter((f) => f.split === (opts.frames === "train" ? "train" : opts.split));
  const stepChoices = opts.steps ?? [2, 3, 4, 5, 6];
  if (stepChoices.some((s) => s < 1 || s > 12)) throw new Error("generateMathProblems: steps must be in 1..12");
  const out: Example[] = [];
  while (out.length < opts.count) {
    const frame = rng.pick(frames);
    const steps = rng.pick(stepChoices);
    const p = problem(rng, frame, steps);
    if (opts.exclude?.has(p.question)) continue; // draw another
    const i = out.length;
    const meta: MathMeta = {
      template: frame.id, split: opts.split, steps,
      expressions: p.exprs.map((e) => e[0]), results: p.exprs.map((e) => e[1]),
    };
    out.push({ id: `synthetic-math-${opts.split}-${i}`, dataset: "synthetic-math", kind: "math", question: p.question, answers: [String(p.answer)], meta });
  }
  return out;
}

/** Reads the typed meta of a synthetic math example (throws when it is not one). */
export function readMathMeta(example: Example): MathMeta {
  const m = example.meta as Partial<MathMeta> | undefined;
  if (example.dataset !== "synthetic-math" || !m || !Array.isArray(m.expressions)) {
    throw new Error(`example ${example.id} is not a synthetic math example`);
  }
  return m as MathMeta;
}
