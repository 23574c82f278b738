import { askForLabel, judgeConfig } from "./llm-ask.js";
import { parseProcessLabel, processJudgeMessages, PROMPT_VERSION } from "./prompts.js";
export class LlmProcessJudge {
    opts;
    name;
    /** What besides the input decides a verdict; the cache key includes it. */
    config;
    constructor(opts) {
        this.opts = opts;
        this.name = opts.name ?? `llm:${opts.policy.name}`;
        this.config = judgeConfig("process", opts, PROMPT_VERSION);
    }
    async judgeStep(x) {
        const { label, reply } = await askForLabel(this.opts, this.name, processJudgeMessages(x), parseProcessLabel);
        return { label, rationale: reply, judge: this.name };
    }
}
//# sourceMappingURL=llm-process.js.map