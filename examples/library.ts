/**
 * SWiRL from TypeScript: stage 1 (generate → judge → filter) and stage 2 on the embedded model.
 * After `npm run build`: `node dist/examples/library.js [run-dir] [--tiny]` (--tiny: a toy base
 * policy in seconds; the test suite runs it that way).
 */
import { join } from "node:path";
import {
  buildEnvironment, pretrainBasePolicy, EmbeddedPolicy, generate, judge, filter, readStates, trainSwirl, DEFAULT_TRAIN, stopStrings,
} from "swirl";

const runDir = process.argv[2] ?? "runs/library";
const tiny = process.argv.includes("--tiny");
const world = tiny ? { persons: 600, works: 200, oneWordNames: true } : { persons: 6000, works: 2000, oneWordNames: true };

// a base policy, pretrained on teacher demonstrations and cached (any Policy works here, e.g. httpPolicy for vLLM)
const { model, tokenizer } = await pretrainBasePolicy(".cache/swirl", tiny
  ? { preset: "tiny", steps: 40, qaQuestions: 300, mathQuestions: 200, world, curriculum: { qa: [0, 10], math: [20, 30] } }
  : { world });
const policy = new EmbeddedPolicy(model, tokenizer);

// the synthetic multi-hop QA world: questions, the search tool, the prompt, rule judges
const env = await buildEnvironment({ kind: "synthetic-qa", seed: 1, train: tiny ? 8 : 200, test: 0, hops: [2, 3], world }, { template: "embedded" });

// stage 1: 5 trajectories per question, every step labelled in its context, four filters
await generate({ runDir, policy, examples: env.examples.train, tools: env.tools, template: env.template, samples: 5 });
await judge({ runDir, examples: env.examples.train, processJudge: env.ruleJudge.process, outcomeJudge: env.ruleJudge.outcome });
const { counts } = await filter({ runDir });
console.log(`process filter: ${counts.process.trajectories} trajectories, ${counts.process.states} states`);

// stage 2: fresh actions on the process-filtered states, scored by the same judge
const states = readStates(join(runDir, counts.process.states > 0 ? "states.process.jsonl" : "states.none.jsonl"));
const metrics = await trainSwirl(
  { runDir: join(runDir, "train"), model, tokenizer, states, examples: new Map(env.examples.train.map((e) => [e.id, e])), judge: env.ruleJudge.process! },
  { ...DEFAULT_TRAIN, steps: tiny ? 2 : 100, statesPerStep: tiny ? 2 : 8, stop: stopStrings(env.template) },
);
console.log(`stage 2: ${metrics.length} updates, last reward ${metrics.at(-1)?.["reward/mean"].toFixed(3)}`);
