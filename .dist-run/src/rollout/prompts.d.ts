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
export declare const QA_TEMPLATE: PromptTemplate;
export declare const MATH_TEMPLATE: PromptTemplate;
/**
 * The embedded model's variants: the same markup and caps with no system message. A model
 * trained from scratch on this format gains nothing from instructions, and they would take a
 * third of its few-hundred-token context (the markup alone is ~90 tokens of our tokenizer).
 */
export declare const EMBEDDED_QA_TEMPLATE: PromptTemplate;
export declare const EMBEDDED_MATH_TEMPLATE: PromptTemplate;
export declare function templateFor(kind: TaskKind, variant?: "full" | "embedded"): PromptTemplate;
/** s1: the task prompt for one example. */
export declare function taskPrompt(t: PromptTemplate, example: Example): Message[];
/** The question of a state, whatever the template: the first user message without its prefix. */
export declare function questionOf(messages: readonly Message[]): string;
/** The user turn that carries a tool result back. */
export declare function toolResultMessage(input: string, result: string): Message;
/** Strings at which decoding stops: the closing tag of each tool and of the answer. */
export declare function stopStrings(t: PromptTemplate): string[];
