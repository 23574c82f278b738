/**
 * The paper's SFT baseline (§4, Fig. 5): next-token training on the stored actions of the
 * filtered trajectories — each state's action given its context, action tokens only — for a
 * pass or two (a 2M-parameter model given ~50 passes over a few hundred filtered states overfits:
 * greedy QA accuracy fell from 0.80 to 0.34 in a PyTorch run of the same recipe).
 */
import { appendFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../model/model.js";
import type { Tokenizer } from "../model/tokenizer.js";
import { encodeConversation } from "../model/chat.js";
import type { State } from "../types.js";
import { sftTrain } from "./sft.js";
import { loadModel, saveModel } from "../model/io.js";

export interface SftBaselineOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly lr: number;
  readonly seed?: number | string;
  /** Cap on updates, whatever the data size (a large unfiltered set would otherwise dominate a demo's time). */
  readonly maxSteps?: number;
}

/** Trains `model` in place (or loads the finished result from `runDir/checkpoint`); returns the number of updates. */
export async function sftBaseline(runDir: string, model: Model, tokenizer: Tokenizer, states: readonly State[], o: SftBaselineOptions): Promise<number> {
  const done = join(runDir, "checkpoint");
  const data = states
    .map((s) => encodeConversation(tokenizer, [...s.messages, { role: "assistant", content: s.action }], { train: "last" }))
    .filter((s) => s.ids.length - 1 <= model.config.contextLength);
  if (data.length === 0) throw new Error("sft baseline: no state fits the context");
  const steps = Math.max(1, Math.min(o.maxSteps ?? Infinity, Math.round((o.epochs * data.length) / o.batchSize)));
  if (existsSync(join(done, "manifest.json"))) {
    const saved = (await loadModel(done)).model.namedParameters();
    for (const [name, t] of model.namedParameters()) t.data.set(saved.get(name)!.data);
    return steps;
  }
  mkdirSync(runDir, { recursive: true });
  const metrics = join(runDir, "metrics.sft.jsonl");
  rmSync(metrics, { force: true }); // an interrupted earlier attempt is redone from the start
  sftTrain(model, data, {
    steps, batchSize: o.batchSize, lr: o.lr, padId: tokenizer.pad, seed: o.seed ?? 0, warmupSteps: Math.ceil(steps / 10),
    onStep: (m) => appendFileSync(metrics, JSON.stringify(m) + "\n"),
  });
  await saveModel(done, model, tokenizer);
  return steps;
}
