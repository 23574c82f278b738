/**
 * The LLM outcome judge (paper §2): a model compares the final answer with the answer key,
 * YES → GOOD, NO → BAD, by the rules in prompts.ts. A trajectory that never answered is BAD
 * without a call.
 */
import type { Verdict } from "../types.js";
import type { OutcomeJudge, OutcomeToJudge } from "./judge.js";
import { askForLabel, judgeConfig, type LlmJudgeOptions } from "./llm-ask.js";
import { outcomeJudgeMessages, parseOutcomeLabel, PROMPT_VERSION } from "./prompts.js";

export class LlmOutcomeJudge implements OutcomeJudge {
  readonly name: string;
  /** What besides the input decides a verdict; the cache key includes it. */
  readonly config: Readonly<Record<string, unknown>>;

  constructor(private readonly opts: LlmJudgeOptions) {
    this.name = opts.name ?? `llm:${opts.policy.name}`;
    this.config = judgeConfig("outcome", opts, PROMPT_VERSION);
  }

  async judgeOutcome(x: OutcomeToJudge): Promise<Verdict> {
    if (x.answer === undefined || x.answer.trim() === "") return { label: "BAD", rationale: "no final answer", judge: this.name };
    const { label, reply } = await askForLabel(this.opts, this.name, outcomeJudgeMessages({ ...x, answer: x.answer }), parseOutcomeLabel);
    return { label: label === "YES" ? "GOOD" : "BAD", rationale: reply, judge: this.name };
  }
}
