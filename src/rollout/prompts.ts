/**
 * Task prompts in our own words, with the paper's markup (App. E): `<search_query>`,
 * `<math_exp>`, `<answer>`; tool results return as the next user turn, `QUERY -> RESULT`.
 * Kept short: the embedded model's context is a few hundred tokens.
 */
import type { Example, Message, TaskKind } from "../types.js";

export interface PromptTemplate {
  readonly kind: TaskKind;
  /** System message; `{maxToolCalls}` is filled in. */
  readonly system: string;
  /** User message; `{question}` is filled in. */
  readonly user: string;
  /** Tool tags the policy may use. */
  readonly toolTags: readonly string[];
  /** At most this many tool calls; the action after the last allowed call must answer. */
  readonly maxToolCalls: number;
}

export const QA_TEMPLATE: PromptTemplate = {
  kind: "qa",
  system:
    "Answer the question by searching an encyclopedia. Each turn, think briefly, then either search with <search_query>QUERY</search_query> or answer with <answer>ANSWER</answer>, never both. Results come back as QUERY -> RESULT. Use at most {maxToolCalls} searches, never repeat a query, and answer in a few words.",
  user: "Question: {question}",
  toolTags: ["search_query"],
  maxToolCalls: 5,
};

export const MATH_TEMPLATE: PromptTemplate = {
  kind: "math",
  system:
    "Solve the problem with a calculator. Each turn, think briefly, then either compute with <math_exp>EXPRESSION</math_exp> or answer with <answer>NUMBER</answer>, never both. Results come back as EXPRESSION -> RESULT. Use at most {maxToolCalls} calculations.",
  user: "Problem: {question}",
  toolTags: ["math_exp"],
  maxToolCalls: 10,
};

export function templateFor(kind: TaskKind): PromptTemplate {
  return kind === "qa" ? QA_TEMPLATE : MATH_TEMPLATE;
}

/** s1: the task prompt for one example. */
export function taskPrompt(t: PromptTemplate, example: Example): Message[] {
  return [
    { role: "system", content: t.system.replaceAll("{maxToolCalls}", String(t.maxToolCalls)) },
    { role: "user", content: t.user.replaceAll("{question}", example.question) },
  ];
}

/** The user turn that carries a tool result back. */
export function toolResultMessage(input: string, result: string): Message {
  return { role: "user", content: `${input} -> ${result}` };
}

/** Strings at which decoding stops: the closing tag of each tool and of the answer. */
export function stopStrings(t: PromptTemplate): string[] {
  return [...t.toolTags.map((tag) => `</${tag}>`), "</answer>"];
}
