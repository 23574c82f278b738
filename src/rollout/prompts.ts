/**
 * Task prompts in our own words, with the paper's markup (App. E): `<search_query>`,
 * `<math_exp>`, `<answer>`; tool results return as the next user turn, `QUERY -> RESULT`.
 * Kept short: the embedded model's context is a few hundred tokens.
 */
import type { Example, Message, TaskKind } from "../types.js";

export interface PromptTemplate {
  readonly kind: TaskKind;
  /** System message; `{maxToolCalls}` is filled in. Empty: no system message (a model trained on the format needs none). */
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
    "Answer by searching. Each turn: a short thought, then <search_query>QUERY</search_query> or <answer>ANSWER</answer>, not both. Results return as QUERY -> RESULT. At most {maxToolCalls} searches, no repeats, answer in a few words.",
  user: "Question: {question}",
  toolTags: ["search_query"],
  maxToolCalls: 5,
};

export const MATH_TEMPLATE: PromptTemplate = {
  kind: "math",
  system:
    "Solve with a calculator. Each turn: a short thought, then <math_exp>EXPRESSION</math_exp> or <answer>NUMBER</answer>, not both. Results return as EXPRESSION -> RESULT. At most {maxToolCalls} calculations.",
  user: "Problem: {question}",
  toolTags: ["math_exp"],
  maxToolCalls: 10,
};

/**
 * The embedded model's variants: the same markup and caps with no system message. A model
 * trained from scratch on this format gains nothing from instructions, and they would take a
 * third of its few-hundred-token context (the markup alone is ~90 tokens of our tokenizer).
 */
export const EMBEDDED_QA_TEMPLATE: PromptTemplate = { ...QA_TEMPLATE, system: "" };
export const EMBEDDED_MATH_TEMPLATE: PromptTemplate = { ...MATH_TEMPLATE, system: "" };

/**
 * A user's task kind: no tool of its own (the task's tools are added by withTools, which lists
 * them in the system message) and the general instructions of the markup.
 */
function userTemplate(kind: TaskKind): PromptTemplate {
  return {
    kind,
    system: "Use the tools below as needed. Each turn: a short thought, then one tool call as <TOOL>INPUT</TOOL>, or <answer>ANSWER</answer> when you are done, not both. Results return as INPUT -> RESULT. At most {maxToolCalls} tool calls.",
    user: "Task: {question}",
    toolTags: [],
    maxToolCalls: 5,
  };
}

/** The built-in template of a kind (qa, math), or the general one of a user's kind. */
export function templateFor(kind: TaskKind, variant: "full" | "embedded" = "full"): PromptTemplate {
  if (kind === "qa") return variant === "embedded" ? EMBEDDED_QA_TEMPLATE : QA_TEMPLATE;
  if (kind === "math") return variant === "embedded" ? EMBEDDED_MATH_TEMPLATE : MATH_TEMPLATE;
  const t = userTemplate(kind);
  return variant === "embedded" ? { ...t, system: "" } : t;
}

/**
 * The template with more tools: their tags become callable, and a system prompt (if the template
 * has one) lists each as `<tag>INPUT</tag>: description`, since the base instructions name only
 * the task's own tool.
 */
export function withTools(t: PromptTemplate, tools: readonly { readonly tag: string; readonly description?: string }[]): PromptTemplate {
  if (tools.length === 0) return t;
  const lines = tools.map((x) => `<${x.tag}>INPUT</${x.tag}>${x.description ? `: ${x.description}` : ""}`);
  return {
    ...t,
    toolTags: [...new Set([...t.toolTags, ...tools.map((x) => x.tag)])],
    system: t.system === "" ? "" : `${t.system} Other tools (INPUT is text or a JSON object of the tool's arguments):\n${lines.join("\n")}`,
  };
}

/**
 * The template for native tool calling: the same question and cap, with instructions that name
 * no markup (the tools travel as functions in the request, and an answer is plain content).
 */
export function nativeTemplate(t: PromptTemplate): PromptTemplate {
  return { ...t, system: t.system === "" ? "" : (NATIVE_SYSTEM[t.kind] ?? NATIVE_SYSTEM_USER_KIND) };
}

const NATIVE_SYSTEM: Readonly<Record<string, string>> = {
  qa: "Answer by searching: call the offered functions for what you still need to know, at most {maxToolCalls} calls and no repeats, then reply with the answer alone, in a few words.",
  math: "Solve with the calculator: call it for each computation, at most {maxToolCalls} calls, then reply with the final number alone.",
};
const NATIVE_SYSTEM_USER_KIND = "Call the offered functions as needed, at most {maxToolCalls} calls, then reply with the answer alone.";

/** s1: the task prompt for one example. */
export function taskPrompt(t: PromptTemplate, example: Example): Message[] {
  const user: Message = { role: "user", content: t.user.replaceAll("{question}", example.question) };
  if (t.system === "") return [user];
  return [{ role: "system", content: t.system.replaceAll("{maxToolCalls}", String(t.maxToolCalls)) }, user];
}

/** The question of a state, whatever the template: the first user message without its prefix. */
export function questionOf(messages: readonly Message[]): string {
  const first = messages.find((m) => m.role === "user")?.content ?? "";
  return first.replace(/^(Question|Problem): /, "");
}

/** The user turn that carries a tool result back. */
export function toolResultMessage(input: string, result: string): Message {
  return { role: "user", content: `${input} -> ${result}` };
}

/** Strings at which decoding stops: the closing tag of each tool and of the answer. */
export function stopStrings(t: PromptTemplate): string[] {
  return [...t.toolTags.map((tag) => `</${tag}>`), "</answer>"];
}
