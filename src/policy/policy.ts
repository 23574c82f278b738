/**
 * One interface for every policy backend (embedded model, OpenAI-compatible HTTP, …), used by
 * generation, training and evaluation. A request is one chat turn to complete; backends may
 * batch concurrent requests (the embedded one does).
 */
import type { Completion, FunctionTool, Message, WireMessage } from "../types.js";

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
  /**
   * Native format (OpenAI tool calling): the functions offered and the conversation as OpenAI
   * messages, which an HTTP backend sends instead of `messages` (those stay the markup rendering).
   */
  readonly native?: { readonly tools: readonly FunctionTool[]; readonly messages: readonly WireMessage[] };
}


export interface Policy {
  /** e.g. "embedded:XS" or "http:model-name". */
  readonly name: string;
  complete(request: CompletionRequest): Promise<Completion>;
  /** Releases sockets, workers, … */
  close?(): Promise<void>;
}
