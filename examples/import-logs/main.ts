/**
 * SWiRL on an agent's own logs: conversations in the OpenAI chat format (tool_calls and tool
 * results, one per line of agent-log.jsonl) → a run folder → outcome verdicts → the outcome
 * filter's states → prompt datasets for OpenRLHF, TRL and verl, in the agent's own format.
 *
 * `npm run example -- import-logs [run-dir]`. The answer check here is the rule outcome judge
 * (exact match with each line's `answer`), which needs no model; to label every step as well,
 * give `--base-url` of an OpenAI-compatible server: its model is then the process judge.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importChatLog, buildEnvironment, judge, filter, exportStateSet, LlmProcessJudge, httpPolicy } from "swirl";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const baseURL = args.includes("--base-url") ? args[args.indexOf("--base-url") + 1] : undefined;
const runDir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--base-url") ?? "runs/import-logs";
// the log sits beside the source; compiled, this file runs from dist/examples/import-logs
const log = join(here.replace(/[\\/]dist([\\/]examples)/, "$1"), "agent-log.jsonl");

const imported = await importChatLog({ runDir, file: log, dataset: "agent-log" });
console.log(`imported ${imported.imported} of ${imported.conversations} conversations (${imported.skipped.length} skipped), ${imported.steps} steps`);
for (const s of imported.skipped) console.log(`  skipped line ${s.line}: ${s.reason}`);
console.log(`tool calls: ${[...imported.calls].map(([name, n]) => `${name} ${n}`).join(", ")}`);

// the task `import` recorded: the logged questions and their answer keys
const config = JSON.parse(readFileSync(join(runDir, "config.json"), "utf8")) as { task: { kind: "imported"; examples: string } };
const env = await buildEnvironment(config.task);
const processJudge = baseURL ? new LlmProcessJudge({ policy: httpPolicy({ endpoints: [baseURL] }) }) : undefined;
const judged = await judge({ runDir, examples: env.examples.train, outcomeJudge: env.ruleJudge.outcome, processJudge });
console.log(`judged ${judged.judged} items (${judged.skipped} already judged)`);

const filterName = processJudge ? "process+outcome" : "outcome";
const { counts } = await filter({ runDir, filters: [filterName] });
console.log(`${filterName} filter: ${counts[filterName].trajectories} trajectories, ${counts[filterName].states} states`);

const out = await exportStateSet({ runDir, filter: filterName });
console.log(`exported ${out.rows} states:`);
for (const f of out.files) console.log(`  ${f}`);
