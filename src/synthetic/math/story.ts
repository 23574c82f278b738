/**
 * Reading a synthetic arithmetic problem back into its operations, from the family's sentence
 * templates (the "world structure" of the math family): a start value, then add, subtract,
 * multiply, divide, groups (g containers of m: two calculations) and percent (p% of it: two
 * calculations). The rule judge uses this to know what a useful next calculation is.
 */
export type StoryOp =
  | { readonly kind: "add" | "sub" | "mul" | "div"; readonly n: number }
  | { readonly kind: "groups"; readonly g: number; readonly m: number }
  | { readonly kind: "percent"; readonly p: number };

export interface Story {
  readonly start: number;
  readonly ops: readonly StoryOp[];
}

const num = (s: string): number => Number(s.replace(/,/g, ""));

/** A problem's statements in order: the start value's, then one per operation (the question dropped). */
export function storySentences(question: string): string[] {
  return question.split(/(?<=[.?])\s+/).map((s) => s.trim()).filter((s) => s && !s.endsWith("?"));
}

/** Parses a problem; undefined when a sentence fits no template (not a synthetic problem). */
export function parseStory(question: string): Story | undefined {
  const sentences = storySentences(question);
  const first = sentences.shift()?.match(/(\d[\d,]*)/);
  if (!first) return undefined;
  const ops: StoryOp[] = [];
  for (const s of sentences) {
    let m: RegExpMatchArray | null;
    if ((m = s.match(/(\d[\d,]*) \S+ with (\d[\d,]*) .* in each/))) ops.push({ kind: "groups", g: num(m[1]), m: num(m[2]) });
    else if ((m = s.match(/(\d+)% of/))) ops.push({ kind: "percent", p: num(m[1]) });
    else if ((m = s.match(/becomes (\d+) times as large/))) ops.push({ kind: "mul", n: num(m[1]) });
    else if ((m = s.match(/equally into (\d+) /))) ops.push({ kind: "div", n: num(m[1]) });
    else if ((m = s.match(/(\d[\d,]*) more /))) ops.push({ kind: "add", n: num(m[1]) });
    else if ((m = s.match(/(\d[\d,]*) /))) ops.push({ kind: "sub", n: num(m[1]) });
    else return undefined;
  }
  return { start: num(first[1]), ops };
}

/** The value each calculation of an op must produce, given the current value v (two for groups and percent). */
export function opValues(op: StoryOp, v: number): number[] {
  switch (op.kind) {
    case "add": return [v + op.n];
    case "sub": return [v - op.n];
    case "mul": return [v * op.n];
    case "div": return [v / op.n];
    case "groups": return [op.g * op.m, v + op.g * op.m];
    case "percent": return [(v * op.p) / 100, v - (v * op.p) / 100];
  }
}
