import { askForLabel, judgeConfig } from "./llm-ask.js";
import { outcomeJudgeMessages, parseOutcomeLabel, PROMPT_VERSION } from "./prompts.js";
export class LlmOutcomeJudge {
    opts;
    name;
    /** What besides the input decides a verdict; the cache key includes it. */
    config;
    constructor(opts) {
        this.opts = opts;
        this.name = opts.name ?? `llm:${opts.policy.name}`;
        this.config = judgeConfig("outcome", opts, PROMPT_VERSION);
    }
    async judgeOutcome(x) {
        if (x.answer === undefined || x.answer.trim() === "")
            return { label: "BAD", rationale: "no final answer", judge: this.name };
        const { label, reply } = await askForLabel(this.opts, this.name, outcomeJudgeMessages({ ...x, answer: x.answer }), parseOutcomeLabel);
        return { label: label === "YES" ? "GOOD" : "BAD", rationale: reply, judge: this.name };
    }
}
//# sourceMappingURL=llm-outcome.js.map