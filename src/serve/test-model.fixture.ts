/**
 * A tiny checkpoint for the serve tests that says known things: trained until it has learnt three
 * conversations by heart, so greedy decoding answers them word for word (a calculator call, the
 * answer after its result, plain text) and a client test can check real tool calls.
 */
import { Model } from "../model/model.js";
import { presetConfig } from "../model/config.js";
import { Tokenizer } from "../model/tokenizer.js";
import { encodeConversation } from "../model/chat.js";
import { saveModel } from "../model/io.js";
import { sftTrain } from "../train/sft.js";
import type { Message } from "../types.js";

export const QUESTION = "What is 2 + 3?";
export const CALL = "Use the calculator. <math_exp>2 + 3</math_exp>";
export const RESULT = "5";
export const ANSWER = "It is five. <answer>5</answer>";
export const GREETING = "Say hello.";
export const HELLO = "Hello, friend!";

export const CONVERSATIONS: readonly Message[][] = [
  [{ role: "user", content: QUESTION }, { role: "assistant", content: CALL }, { role: "user", content: `2 + 3 -> ${RESULT}` }, { role: "assistant", content: ANSWER }],
  [{ role: "user", content: GREETING }, { role: "assistant", content: HELLO }],
];

export function memorisedModel(): { model: Model; tokenizer: Tokenizer } {
  const tokenizer = Tokenizer.byteLevel();
  const model = new Model(presetConfig("tiny", tokenizer.vocabSize, { dim: 64, ffnDim: 128, contextLength: 160 }), 11);
  const data = CONVERSATIONS.map((c) => encodeConversation(tokenizer, c, { train: "all-assistant" }));
  sftTrain(model, data, { steps: 150, batchSize: 2, lr: 1e-2, minLr: 1e-3, padId: tokenizer.pad, seed: 1 });
  return { model, tokenizer };
}

export async function saveMemorisedModel(dir: string): Promise<void> {
  const { model, tokenizer } = memorisedModel();
  await saveModel(dir, model, tokenizer);
}
