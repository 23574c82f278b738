/**
 * The loop both LLM judges share: ask the model, read the label; when no label can be read, ask
 * again with another seed (and, if greedy, a little temperature, since greedy decoding with a
 * new seed would repeat the same reply); after the last attempt, throw a JudgeError carrying
 * the replies. A model call that fails for good (the HTTP backend already retried it) becomes
 * a JudgeError too, with the backend's error as its cause.
 */
import { JudgeError } from "../errors/judge-error.js";
import { PolicyRequestError } from "../errors/policy-request-error.js";
import type { Policy } from "../policy/policy.js";
import type { Message } from "../types.js";

export interface LlmJudgeOptions {
  /** The model that judges: an HTTP policy (use forStage("judge") to count its usage apart) or the embedded one. */
  readonly policy: Policy;
  /** Verdict.judge and the cache identity (default `llm:${policy.name}`). */
  readonly name?: string;
  /** Default 0 (greedy): the paper's judge labels, it does not explore. */
  readonly temperature?: number;
  /** Temperature of the retries after an unparseable reply when `temperature` is 0 (default 0.7). */
  readonly retryTemperature?: number;
  /** Default 512: room to explain before the label. */
  readonly maxTokens?: number;
  /** Seed of the first attempt; attempt i uses seed + i (default 0). Votes give each judge its own. */
  readonly seed?: number;
  /** Model calls per verdict before giving up on an unparseable reply (default 3). */
  readonly attempts?: number;
}

/** Everything that changes a verdict besides its input (part of the cache key). */
export function judgeConfig(kind: string, o: LlmJudgeOptions, promptVersion: number): Record<string, unknown> {
  return { kind, promptVersion, temperature: o.temperature ?? 0, maxTokens: o.maxTokens ?? 512, seed: o.seed ?? 0 };
}

export async function askForLabel<L extends string>(
  o: LlmJudgeOptions,
  judge: string,
  messages: readonly Message[],
  parse: (reply: string) => L | undefined,
): Promise<{ label: L; reply: string }> {
  const attempts = Math.max(1, o.attempts ?? 3);
  const temperature = o.temperature ?? 0;
  const replies: string[] = [];
  for (let i = 0; i < attempts; i++) {
    let reply: string;
    try {
      const c = await o.policy.complete({
        messages,
        temperature: i > 0 && temperature === 0 ? (o.retryTemperature ?? 0.7) : temperature,
        maxTokens: o.maxTokens ?? 512,
        stop: [],
        seed: (o.seed ?? 0) + i,
      });
      reply = c.text;
    } catch (e) {
      // model calls made: the earlier replies, plus the attempts the backend made at this one
      const made = i + (PolicyRequestError.isInstance(e) ? e.attempt : 1);
      throw new JudgeError({ judge, problem: "call_failed", attempts: made, replies, detail: (e as Error).message, cause: e });
    }
    const label = parse(reply);
    if (label !== undefined) return { label, reply };
    replies.push(reply);
  }
  throw new JudgeError({ judge, problem: "unparseable", attempts, replies });
}
