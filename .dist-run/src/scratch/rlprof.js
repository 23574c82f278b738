// scratch: time stage-2 updates (sampling vs loss) on the cached demo base and the demo's QA states. args: baseDir steps
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../model/io.js";
import { readStates } from "../export/index.js";
import { demoFamilies } from "../demo/families.js";
import { DEFAULT_TRAIN, trainSwirl } from "../train/trainer.js";
import { stopStrings } from "../rollout/prompts.js";
const [baseDir = ".cache/swirl/base-8da98db30392", stepsArg = "8"] = process.argv.slice(2);
const { model, tokenizer } = await loadModel(baseDir);
const [qa] = demoFamilies(1, 200, 200, { world: { persons: 6000, works: 2000, oneWordNames: true }, hops: [2, 3] });
const states = readStates("runs/demo/qa/states.process.jsonl");
const examples = new Map([...qa.train, ...qa.test].map((e) => [e.id, e]));
const runDir = mkdtempSync(join(tmpdir(), "rlprof-"));
const t0 = performance.now();
const m = await trainSwirl({ runDir, model, tokenizer, states, examples, judge: qa.processJudge }, { ...DEFAULT_TRAIN, steps: Number(stepsArg), statesPerStep: 8, lr: 1e-4, warmupSteps: 1, seed: 1, stop: stopStrings(qa.template), checkpointEvery: 1000, objective: { ...DEFAULT_TRAIN.objective, samplesPerState: 4 } });
console.log(`mean ms/update ${(m.reduce((a, x) => a + x.ms, 0) / m.length).toFixed(0)} total ${((performance.now() - t0) / 1000).toFixed(1)}s`);
//# sourceMappingURL=rlprof.js.map