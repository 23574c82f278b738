import { parseAction } from "./parse-action.js";
import { stopStrings, taskPrompt, toolResultMessage } from "./prompts.js";
import { ContextLengthError } from "../errors/context-length-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";
/** The embedded policy's refusal, or a server's 400 for a prompt longer than its context. */
function outgrewContext(e) {
    return ContextLengthError.isInstance(e) || (PolicyRequestError.isInstance(e) && e.kind === "context_length");
}
export function trajectoryId(exampleId, sample) {
    return `${exampleId}#${sample}`;
}
export async function rollout(o) {
    const prompt = taskPrompt(o.template, o.example);
    const messages = [...prompt];
    const steps = [];
    const inputs = [];
    const id = trajectoryId(o.example.id, o.sample);
    const done = (stop, extra = {}) => ({
        id, exampleId: o.example.id, sample: o.sample, prompt, steps, stop, ...extra,
    });
    for (let i = 0;; i++) {
        const t0 = performance.now();
        let completion;
        try {
            completion = await o.policy.complete({
                messages,
                temperature: o.temperature,
                maxTokens: o.maxActionTokens,
                stop: stopStrings(o.template),
                seed: `${o.seed ?? 0}:${id}:${i}`,
            });
        }
        catch (e) {
            // a context overflow will not pass on a retry: the rollout ends here, for good
            if (outgrewContext(e))
                return done("context_full", { error: `step ${i}: ${e.message}` });
            return done("error", { error: `policy call failed at step ${i}: ${e.message}` });
        }
        const text = completion.text;
        const action = parseAction(text, { toolTags: o.template.toolTags, previousInputs: inputs, rejectRepeats: o.rejectRepeats });
        let toolResult;
        if (action.kind === "tool" && inputs.length < o.template.maxToolCalls) {
            const tool = o.tools.get(action.tool);
            toolResult = tool ? await tool.run(action.input) : `no tool for <${action.tool}>`;
            inputs.push(action.input);
        }
        const step = {
            text,
            action,
            ...(toolResult !== undefined ? { toolResult: toolResultMessage(action.kind === "tool" ? action.input : "", toolResult).content } : {}),
            tokens: completion.tokens,
            ...(completion.logprobs ? { logprobs: completion.logprobs } : {}),
            ms: Math.round(performance.now() - t0),
        };
        steps.push(step);
        o.onStep?.(step, i);
        if (action.kind === "answer")
            return done("answered", { answer: action.answer });
        if (action.kind === "invalid")
            return done("invalid_action");
        if (toolResult === undefined)
            return done("step_cap"); // a tool call past the cap
        messages.push({ role: "assistant", content: text }, { role: "user", content: step.toolResult });
    }
}
//# sourceMappingURL=rollout.js.map