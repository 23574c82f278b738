/**
 * A task kind is the name a question's task goes by (`Example.kind`). Two ship with swirl:
 * "qa" (answered from search) and "math" (a number, computed with the calculator), each with its
 * prompt template, tool and rule judges. Any other name is a user's task: its config brings the
 * tools and, if it wants, the prompt and the check. What the stages need to know of a kind (how
 * answers compare, what a judge is told the task is) is looked up here and nowhere else.
 */
import { z } from "zod";
import type { TaskKind } from "./types.js";

export interface TaskKindInfo {
  /** How answers compare when the task names no check: as numbers (tolerantly) or as text (exact match after normalisation). */
  readonly answers: "numbers" | "text";
  /** What the task is, in the words a judge model reads ("Task type: …"). */
  readonly description: string;
}

const BUILT_IN = {
  qa: { answers: "text", description: "question answering with a search tool" },
  math: { answers: "numbers", description: "math word problem with a calculator" },
} as const satisfies Record<string, TaskKindInfo>;

export type BuiltInTaskKind = keyof typeof BUILT_IN;
export const BUILT_IN_TASK_KINDS = Object.keys(BUILT_IN) as BuiltInTaskKind[];

export function isBuiltInKind(kind: TaskKind): kind is BuiltInTaskKind {
  return Object.hasOwn(BUILT_IN, kind);
}

/** A user's kind compares answers as text and is described by its own name ("ticket-triage" → "ticket triage"). */
export function kindInfo(kind: TaskKind): TaskKindInfo {
  return isBuiltInKind(kind) ? BUILT_IN[kind] : { answers: "text", description: kind.replaceAll(/[-_]+/g, " ") };
}

/** Answers of this kind compare as numbers. */
export function numericAnswers(kind: TaskKind): boolean {
  return kindInfo(kind).answers === "numbers";
}

/** A kind's name as config files and records write it: a word, with `-` or `_` between parts. */
export const TaskKindSchema = z.string().regex(/^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/, "a task kind is a name like qa, math or ticket-triage");

/** A kind given on the command line or in a file, checked: `where` names the flag or field in the error. */
export function parseTaskKind(value: string, where: string): TaskKind {
  const r = TaskKindSchema.safeParse(value);
  if (!r.success) throw new Error(`${where}: ${r.error.issues[0]!.message}, not "${value}"`);
  return r.data;
}
