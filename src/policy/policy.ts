/**
 * One interface for every policy backend (embedded model, OpenAI-compatible HTTP, …), used by
 * generation, training and evaluation. A request is one chat turn to complete; backends may
 * batch concurrent requests (the embedded one does).
 */
import type { Completion, Message } from "../types.js";

export type { Completion } from "../types.js";

export interface CompletionRequest {
  readonly messages: readonly Message[];
  /** 0 = greedy. */
  readonly temperature: number;
  readonly maxTokens: number;
  /** Decoding stops after any of these (kept in the text). */
  readonly stop: readonly string[];
  /** Makes sampling reproducible where the backend supports it. */
  readonly seed?: number | string;
  readonly topP?: number;
}


export interface Policy {
  /** e.g. "embedded:XS" or "http:model-name". */
  readonly name: string;
  complete(request: CompletionRequest): Promise<Completion>;
  /** Releases sockets, workers, … */
  close?(): Promise<void>;
}
