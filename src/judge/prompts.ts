/**
 * The LLM judges' prompts, written in our own words from the paper's criteria (§2, App. E), and
 * the parsers of their replies.
 *
 * Process judge: sees the question and the context, rates only the newest assistant message.
 * A tool call is GOOD when it is likely to help answer the question (and repeats no earlier
 * call); an answer is GOOD only when it follows from what the tools returned — whether it is
 * true does not matter, and when the results do not support an answer, any answer is BAD. The
 * judge explains first and ends with the label; the LAST label in the reply counts, so a
 * judge that mentions both while reasoning is read by its conclusion.
 *
 * Outcome judge: compares the final answer with the answer key only (no own knowledge), YES/NO;
 * for math, equal numbers in another form (18, 18.0, $18, 18 dollars) count as the same.
 */
import type { Message } from "../types.js";
import type { OutcomeToJudge, StepToJudge } from "./judge.js";
import { kindInfo, numericAnswers } from "../task-kind.js";

/** Bump when a prompt changes: cached verdicts of an older prompt are then not reused. */
export const PROMPT_VERSION = 1;

const PROCESS_SYSTEM = `You review one step of an assistant that solves a task in several turns with tools. Each turn the assistant thinks briefly and then either calls a tool (a search as <search_query>QUERY</search_query>, a calculation as <math_exp>EXPRESSION</math_exp>) or gives a final answer as <answer>ANSWER</answer>. Tool results come back as "INPUT -> RESULT".

Rate ONLY the last assistant message (the step under review); earlier steps are context.
- A tool call is GOOD if it is likely to help answer the question given what is already known: it asks for information still missing, or computes a quantity the solution needs. It is BAD if it is irrelevant, too vague to help, repeats an earlier call, or computes something wrong or useless.
- A final answer is GOOD only if it follows from the tool results in the context (or, for arithmetic, from the calculations shown). Do not judge whether it is true in the real world and do not use your own knowledge. If the results do not support an answer, any answer is BAD, even a correct one.
- A message that calls no tool and gives no answer, or does both at once, is BAD.

First explain your reasoning in a few sentences. Then end your reply with exactly one label on its own line: GOOD or BAD.`;

const OUTCOME_SYSTEM = `You check a final answer against an answer key. Use only the answer key: do not use your own knowledge and do not judge whether the key is right. The answer is correct if it means the same as the key or as one of the accepted alternatives: differences in wording, capitalisation, articles or punctuation do not matter, and for numbers, equal values written differently (18, 18.0, 18.00, $18, 18 dollars, 3/4 and 0.75) count as the same. An answer that adds a different or extra claim, or hedges between options, is not correct.

Explain briefly, then end your reply with exactly one word on its own line: YES if the answer is correct, NO otherwise.`;

/** Chat messages for the process judge: the context as a transcript, the step to rate apart. */
export function processJudgeMessages(x: StepToJudge): Message[] {
  const transcript = x.messages
    .filter((m) => m.role !== "system")
    .map((m) => `[${m.role === "assistant" ? "ASSISTANT" : "USER / TOOL RESULT"}]\n${m.content}`)
    .join("\n\n");
  const user = [
    `Task type: ${kindInfo(x.example.kind).description}`,
    `Question: ${x.example.question}`,
    "",
    "Conversation so far:",
    transcript || "(nothing yet)",
    "",
    "Step under review (the last assistant message):",
    x.action,
    "",
    "Is this step GOOD or BAD? Explain, then give the label on the last line.",
  ].join("\n");
  return [
    { role: "system", content: PROCESS_SYSTEM },
    { role: "user", content: user },
  ];
}

/** Chat messages for the outcome judge; undefined answers never reach it (they are BAD). */
export function outcomeJudgeMessages(x: OutcomeToJudge & { answer: string }): Message[] {
  const [key, ...aliases] = x.example.answers;
  const user = [
    `Question: ${x.example.question}`,
    `Answer key: ${key ?? ""}`,
    ...(aliases.length > 0 ? [`Also accepted: ${aliases.join(" | ")}`] : []),
    `Answer to check: ${x.answer}`,
    "",
    numericAnswers(x.example.kind) ? "This is a math problem: compare the numbers, not how they are written." : "",
    "Is the answer correct? Explain briefly, then YES or NO on the last line.",
  ].filter((l, i, a) => l !== "" || a[i - 1] !== "").join("\n");
  return [
    { role: "system", content: OUTCOME_SYSTEM },
    { role: "user", content: user },
  ];
}

/** The last GOOD/BAD label in a reply (upper case, as asked), or undefined. */
export function parseProcessLabel(reply: string): "GOOD" | "BAD" | undefined {
  return lastMatch(reply, /\b(GOOD|BAD)\b/g) as "GOOD" | "BAD" | undefined;
}

/** The last YES/NO in a reply (upper case, as asked), or undefined. */
export function parseOutcomeLabel(reply: string): "YES" | "NO" | undefined {
  return lastMatch(reply, /\b(YES|NO)\b/g) as "YES" | "NO" | undefined;
}

function lastMatch(text: string, re: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(re)) last = m[1];
  return last;
}
