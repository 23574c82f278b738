export const QA_TEMPLATE = {
    kind: "qa",
    system: "Answer by searching. Each turn: a short thought, then <search_query>QUERY</search_query> or <answer>ANSWER</answer>, not both. Results return as QUERY -> RESULT. At most {maxToolCalls} searches, no repeats, answer in a few words.",
    user: "Question: {question}",
    toolTags: ["search_query"],
    maxToolCalls: 5,
};
export const MATH_TEMPLATE = {
    kind: "math",
    system: "Solve with a calculator. Each turn: a short thought, then <math_exp>EXPRESSION</math_exp> or <answer>NUMBER</answer>, not both. Results return as EXPRESSION -> RESULT. At most {maxToolCalls} calculations.",
    user: "Problem: {question}",
    toolTags: ["math_exp"],
    maxToolCalls: 10,
};
/**
 * The embedded model's variants: the same markup and caps with no system message. A model
 * trained from scratch on this format gains nothing from instructions, and they would take a
 * third of its few-hundred-token context (the markup alone is ~90 tokens of our tokenizer).
 */
export const EMBEDDED_QA_TEMPLATE = { ...QA_TEMPLATE, system: "" };
export const EMBEDDED_MATH_TEMPLATE = { ...MATH_TEMPLATE, system: "" };
export function templateFor(kind, variant = "full") {
    if (variant === "embedded")
        return kind === "qa" ? EMBEDDED_QA_TEMPLATE : EMBEDDED_MATH_TEMPLATE;
    return kind === "qa" ? QA_TEMPLATE : MATH_TEMPLATE;
}
/** s1: the task prompt for one example. */
export function taskPrompt(t, example) {
    const user = { role: "user", content: t.user.replaceAll("{question}", example.question) };
    if (t.system === "")
        return [user];
    return [{ role: "system", content: t.system.replaceAll("{maxToolCalls}", String(t.maxToolCalls)) }, user];
}
/** The question of a state, whatever the template: the first user message without its prefix. */
export function questionOf(messages) {
    const first = messages.find((m) => m.role === "user")?.content ?? "";
    return first.replace(/^(Question|Problem): /, "");
}
/** The user turn that carries a tool result back. */
export function toolResultMessage(input, result) {
    return { role: "user", content: `${input} -> ${result}` };
}
/** Strings at which decoding stops: the closing tag of each tool and of the answer. */
export function stopStrings(t) {
    return [...t.toolTags.map((tag) => `</${tag}>`), "</answer>"];
}
//# sourceMappingURL=prompts.js.map