/**
 * The LLM process judge (paper §2): a model rates one action in its context GOOD or BAD with no
 * answer key, by the criteria in prompts.ts. Runs over any Policy: an OpenAI-compatible server
 * or the embedded model.
 */
import type { Verdict } from "../types.js";
import type { ProcessJudge, StepToJudge } from "./judge.js";
import { askForLabel, judgeConfig, type LlmJudgeOptions } from "./llm-ask.js";
import { parseProcessLabel, processJudgeMessages, PROMPT_VERSION } from "./prompts.js";

export type { LlmJudgeOptions } from "./llm-ask.js";

export class LlmProcessJudge implements ProcessJudge {
  readonly name: string;
  /** What besides the input decides a verdict; the cache key includes it. */
  readonly config: Readonly<Record<string, unknown>>;

  constructor(private readonly opts: LlmJudgeOptions) {
    this.name = opts.name ?? `llm:${opts.policy.name}`;
    this.config = judgeConfig("process", opts, PROMPT_VERSION);
  }

  async judgeStep(x: StepToJudge): Promise<Verdict> {
    const { label, reply } = await askForLabel(this.opts, this.name, processJudgeMessages(x), parseProcessLabel);
    return { label, rationale: reply, judge: this.name };
  }
}
