/**
 * The chat format of the embedded model and the training view of a conversation.
 *
 *   <|bos|> <|system|>…<|end|> <|user|>…<|end|> <|assistant|>…<|end|> <|user|>QUERY -> RESULT<|end|> …
 *
 * One assistant turn per action (paper §2: each action is one model turn); tool results come
 * back as user turns. Each content is encoded on its own, so the ids of a conversation are the
 * concatenation of its turns, and `renderPrompt(state) ++ encodeAction(action)` equals the ids
 * of the conversation with that action appended: what is sampled is what is trained on.
 *
 * Loss mask invariant: 1 exactly on the content tokens of the trained assistant turns and on
 * their closing <|end|>; 0 on <|bos|>, every role marker, and all system and user (prompt,
 * tool-result) tokens. The model learns to write actions and to end them, nothing else. (With
 * `train: "all"` every token but <|bos|> is trained: plain language modelling of the chat.)
 */
import type { Message } from "../types.js";
import type { SpecialToken, Tokenizer } from "./tokenizer.js";

/**
 * Which tokens carry loss: the last assistant turn (a state's action), every assistant turn, or
 * the whole text ("all": language modelling of prompts and tool results too, used to pretrain the
 * embedded base policy, where predicting the text around the actions teaches copying).
 */
export type TrainOn = "last" | "all-assistant" | "all";

export interface EncodedConversation {
  /** Token ids of the whole conversation, starting with <|bos|>. */
  readonly ids: Int32Array;
  /** 1 where the token is trained on (see the invariant above), else 0; same length as ids. */
  readonly lossMask: Uint8Array;
}

const ROLE_TOKEN: Record<Message["role"], SpecialToken> = {
  system: "<|system|>",
  user: "<|user|>",
  assistant: "<|assistant|>",
};

/** The ids that open a turn of `role`. */
export function roleToken(tok: Tokenizer, role: Message["role"]): number {
  const name = ROLE_TOKEN[role];
  if (!name) throw new Error(`chat: unknown role ${JSON.stringify(role)}`);
  return tok.special(name);
}

/** The ids of a conversation ready for generation: all turns, then an open <|assistant|> turn. */
export function renderPrompt(tok: Tokenizer, messages: readonly Message[]): Int32Array {
  const ids: number[] = [tok.bos];
  for (const m of messages) pushTurn(tok, ids, m);
  ids.push(tok.special("<|assistant|>"));
  return Int32Array.from(ids);
}

/** The ids of an action as the model should produce it after renderPrompt: content + <|end|>. */
export function encodeAction(tok: Tokenizer, text: string): Int32Array {
  return Int32Array.from([...tok.encode(text), tok.end]);
}

/** Ids and loss mask of a whole conversation (see the invariant in the header). */
export function encodeConversation(tok: Tokenizer, messages: readonly Message[], opts: { train: TrainOn }): EncodedConversation {
  let lastAssistant = -1;
  messages.forEach((m, i) => {
    if (m.role === "assistant") lastAssistant = i;
  });
  const ids: number[] = [tok.bos];
  const mask: number[] = [0];
  messages.forEach((m, i) => {
    const start = ids.length;
    pushTurn(tok, ids, m);
    const trained = opts.train === "all" || (m.role === "assistant" && (opts.train === "all-assistant" || i === lastAssistant));
    mask.push(opts.train === "all" ? 1 : 0); // the role marker is given, except when modelling the whole text
    for (let k = start + 1; k < ids.length; k++) mask.push(trained ? 1 : 0);
  });
  return { ids: Int32Array.from(ids), lossMask: Uint8Array.from(mask) };
}

function pushTurn(tok: Tokenizer, ids: number[], m: Message): void {
  ids.push(roleToken(tok, m.role));
  for (const id of tok.encode(m.content)) ids.push(id);
  ids.push(tok.end);
}
