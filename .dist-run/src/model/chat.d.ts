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
import type { Tokenizer } from "./tokenizer.js";
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
/** The ids that open a turn of `role`. */
export declare function roleToken(tok: Tokenizer, role: Message["role"]): number;
/** The ids of a conversation ready for generation: all turns, then an open <|assistant|> turn. */
export declare function renderPrompt(tok: Tokenizer, messages: readonly Message[]): Int32Array;
/** The ids of an action as the model should produce it after renderPrompt: content + <|end|>. */
export declare function encodeAction(tok: Tokenizer, text: string): Int32Array;
/** Ids and loss mask of a whole conversation (see the invariant in the header). */
export declare function encodeConversation(tok: Tokenizer, messages: readonly Message[], opts: {
    train: TrainOn;
}): EncodedConversation;
