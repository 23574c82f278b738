/** A tiny synthetic QA setup shared by the trainer tests: world, demonstrations, tokenizer, states. */
import { buildQaEnv, type QaEnv } from "../synthetic/qa/env.js";
import { qaDemonstrations } from "../pretrain/demonstrations.js";
import { conversation, decompose } from "../rollout/decompose.js";
import { Tokenizer } from "../model/tokenizer.js";
import { presetConfig } from "../model/config.js";
import { Model } from "../model/model.js";
import type { Example, State, Trajectory } from "../types.js";

export interface TinyQa {
  readonly env: QaEnv;
  readonly demos: Trajectory[];
  readonly tokenizer: Tokenizer;
  readonly states: State[];
  readonly examples: Map<string, Example>;
  model(seed?: number): Model;
}

export async function tinyQa(): Promise<TinyQa> {
  const env = buildQaEnv({ seed: 5, train: 24, test: 8, world: { persons: 60, works: 20, organisations: 12, cities: 10, countries: 4 } });
  const demos = await qaDemonstrations(env, { mistakeRate: 0.5 }, 1);
  const tokenizer = Tokenizer.train(demos.flatMap((d) => conversation(d).map((m) => m.content)), { merges: 200 });
  return {
    env, demos, tokenizer,
    states: demos.flatMap(decompose),
    examples: new Map([...env.train, ...env.test].map((e) => [e.id, e])),
    model: (seed = 0) => new Model(presetConfig("tiny", tokenizer.vocabSize, { contextLength: 256 }), seed),
  };
}
