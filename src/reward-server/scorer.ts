/**
 * R(a|s) for the reward server: the process judge's verdict on one action in its context, as
 * 1 (GOOD) or 0 (BAD) — the reward SWiRL's stage 2 maximises (paper §2). Contexts come from the
 * state set by id, or are given whole. Verdicts are cached by content hash (identical requests
 * in flight share one judge call) and at most `concurrency` judge calls run at once.
 */
import type { Example, Message, State, Verdict } from "../types.js";
import { hideAnswers, type ProcessJudge } from "../judge/judge.js";
import { cachedProcessJudge } from "../judge/cached.js";
import type { KeyValueStore } from "../run/kv.js";

export interface ScoreRequest {
  /** A state of the exported set; its messages and example are looked up. */
  readonly stateId?: string;
  /** Or the context itself (then `exampleId` or `question` says what is being answered). */
  readonly messages?: readonly Message[];
  readonly exampleId?: string;
  readonly question?: string;
  readonly action: string;
}

export interface Score {
  readonly reward: number;
  readonly label: Verdict["label"];
  readonly rationale: string;
}

export interface ScorerOptions {
  readonly judge: ProcessJudge;
  readonly states?: ReadonlyMap<string, State>;
  readonly examples?: ReadonlyMap<string, Example>;
  readonly cache?: KeyValueStore<Verdict>;
  /** Judge calls in flight at once (default 16). */
  readonly concurrency?: number;
  /**
   * Refuse a state whose example is unknown (a rule judge reads the example's answer key and
   * structure; without it every action would silently score 0). Default: only an LLM judge may go without.
   */
  readonly requireExample?: boolean;
}

/** A request the server should answer with 400: the reason goes back to the client. */
export class BadRequest extends Error {
  override readonly name = "BadRequest";
}

export class Scorer {
  private readonly judge: ProcessJudge;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly opts: ScorerOptions) {
    this.judge = cachedProcessJudge(opts.judge, opts.cache);
  }

  get states(): number {
    return this.opts.states?.size ?? 0;
  }

  /** The state's context and example, or throws BadRequest saying what is missing. */
  resolve(r: ScoreRequest): { messages: readonly Message[]; example: Omit<Example, "answers"> } {
    let messages = r.messages;
    let exampleId = r.exampleId;
    if (r.stateId !== undefined) {
      const s = this.opts.states?.get(r.stateId);
      if (!s) throw new BadRequest(`unknown state id "${r.stateId}" (the server has ${this.states} states)`);
      messages = s.messages;
      exampleId = s.exampleId;
    }
    if (!messages) throw new BadRequest("give a state_id, or messages with the context");
    const known = exampleId !== undefined ? this.opts.examples?.get(exampleId) : undefined;
    if (known) return { messages, example: hideAnswers(known) };
    if (this.opts.requireExample ?? this.opts.judge.name === "rule") {
      throw new BadRequest(`the ${this.opts.judge.name} judge needs the state's example, and example "${exampleId ?? "(none given)"}" is not among the server's ${this.opts.examples?.size ?? 0} examples`);
    }
    // an LLM judge needs only the question
    const question = r.question ?? (messages.find((m) => m.role === "user")?.content ?? "").replace(/^(Question|Problem): /, "");
    const kind = messages.some((m) => m.content.includes("<math_exp>")) || r.action.includes("<math_exp>") ? "math" : "qa";
    return { messages, example: { id: exampleId ?? "unknown", dataset: "unknown", kind, question } };
  }

  async score(r: ScoreRequest): Promise<Score> {
    const { messages, example } = this.resolve(r);
    const v = await this.limited(() => this.judge.judgeStep({ example, messages, action: r.action }));
    return { reward: v.label === "GOOD" ? 1 : 0, label: v.label, rationale: v.rationale };
  }

  private async limited<T>(run: () => Promise<T>): Promise<T> {
    const max = this.opts.concurrency ?? 16;
    while (this.running >= max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await run();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
