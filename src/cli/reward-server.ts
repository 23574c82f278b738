/**
 * `swirl reward-server --run <dir>`: serves SWiRL's stage-2 reward (the process judge on one action
 * in its context) over HTTP for OpenRLHF, verl or TRL workers. Judges: the synthetic QA world's
 * rule judge (`--judge rule --qa-seed N`), or an LLM judge with the paper's criteria on any
 * OpenAI-compatible server (`--judge llm --base-url URL... --model NAME`).
 */
import type { Command } from "commander";
import { runDirOf } from "./config.js";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readExamples, readStates } from "../run/records.js";
import { checkFilterName } from "../run/filter-name.js";
import { startRewardServer } from "../reward-server/index.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { qaRuleJudge } from "../synthetic/qa/rule-judge.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import type { Example, Verdict } from "../types.js";
import type { ProcessJudge } from "../judge/judge.js";
import { LlmProcessJudge } from "../judge/llm-process.js";
import { buildPolicy } from "../pipeline/backends.js";
import { buildEnvironment } from "../pipeline/environment.js";
import type { TaskConfigInput } from "../pipeline/task-config.js";
import { RUN_FILES } from "../run/run-folder.js";
import { addAccessOptions, serverToken, type AccessFlags } from "./server-access.js";

export interface RewardServerFlags extends AccessFlags {
  readonly run?: string;
  filter: string;
  states?: string;
  examples?: string;
  judge: string;
  baseUrl?: string[];
  model?: string;
  apiKeyEnv?: string;
  qaSeed?: string;
  qaTrain: string;
  qaTest: string;
  host: string;
  port: string;
  concurrency: string;
  cache?: string | false;
}

function count(flag: string, v: string, min = 0): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: not an integer ≥ ${min}: ${v}`);
  return n;
}

export async function rewardServer(runDirArg: string | undefined, flags: RewardServerFlags): Promise<void> {
  const runDir = runDirOf("reward-server", runDirArg, flags);
  const port = count("--port", flags.port);
  if (port > 65535) throw new Error(`--port: not a port number: ${flags.port}`);
  const token = serverToken(flags, "reward-server");
  const statesPath = flags.states ?? join(runDir, `states.${checkFilterName(flags.filter, "--filter")}.jsonl`);
  if (!existsSync(statesPath)) throw new Error(`reward-server: no state set at ${statesPath}; run \`swirl filter\` first or pass --states`);
  const states = new Map(readStates(statesPath).map((s) => [s.id, s]));

  let judge: ProcessJudge;
  let examples: Map<string, Example> = new Map();
  const examplesPath = flags.examples ?? join(runDir, "examples.jsonl");
  if (existsSync(examplesPath)) examples = readExamples(examplesPath);
  if (flags.judge === "rule") {
    const ruled = await ruleJudgeOf(runDir, flags);
    judge = ruled.judge;
    if (!existsSync(examplesPath)) examples = ruled.examples;
  } else if (flags.judge === "llm") {
    if (!flags.baseUrl) throw new Error("--base-url: the llm judge needs an OpenAI-compatible server");
    const { policy } = await buildPolicy({ kind: "http", baseURLs: flags.baseUrl, model: flags.model, apiKeyEnv: flags.apiKeyEnv }, "reward");
    judge = new LlmProcessJudge({ policy });
  } else {
    throw new Error(`--judge: "rule" or "llm", not "${flags.judge}"`);
  }

  let cache: JsonlStore<Verdict> | undefined;
  if (flags.cache !== false) {
    const file = flags.cache ?? join(runDir, "cache", "reward.jsonl");
    mkdirSync(dirname(file), { recursive: true });
    cache = JsonlStore.open<Verdict>(file);
  }
  const server = await startRewardServer({
    judge, states, examples, cache, host: flags.host, port,
    token, allowedHosts: flags.allowHost, concurrency: count("--concurrency", flags.concurrency, 1),
  });
  console.log(`${states.size} states, ${examples.size} examples, judge ${judge.name}`);
  console.log(`serving POST ${server.url}/get_reward (OpenRLHF) and POST ${server.url}/score  (Ctrl-C to stop)`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/**
 * The rule judge of the run's own task (config.json's `task`, recorded by `swirl generate`), so
 * every state's question is known; `--qa-seed` names a synthetic QA world for a folder without one.
 */
async function ruleJudgeOf(runDir: string, flags: RewardServerFlags): Promise<{ judge: ProcessJudge; examples: Map<string, Example> }> {
  const configFile = join(runDir, RUN_FILES.config);
  const task = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, "utf8")) as { task?: unknown }).task : undefined;
  if (task !== undefined && flags.qaSeed === undefined) {
    const env = await buildEnvironment(task as TaskConfigInput);
    await env.close(); // scoring calls no tool
    if (!env.ruleJudge.process) throw new Error(`--judge rule: the run's task (${(task as { kind?: string }).kind}) has no rule process judge; use --judge llm`);
    return { judge: env.ruleJudge.process, examples: new Map([...env.examples.train, ...env.examples.test].map((e) => [e.id, e])) };
  }
  if (flags.qaSeed === undefined) throw new Error(`--judge rule: ${configFile} records no task; pass --qa-seed (and --qa-train/--qa-test) for a synthetic QA world`);
  const env = buildQaEnv({ seed: flags.qaSeed, train: count("--qa-train", flags.qaTrain), test: count("--qa-test", flags.qaTest) });
  return { judge: qaRuleJudge(env), examples: new Map([...env.train, ...env.test].map((e) => [e.id, e])) };
}

export function registerRewardServer(program: Command): void {
  const command = program
    .command("reward-server")
    .description("serve SWiRL's step reward (judge on one action in context) over HTTP: OpenRLHF's POST /get_reward and POST /score")
    .argument("[runDir]", "the run folder (reads states.<filter>.jsonl)")
    .option("--run <dir>", "the run folder (same as the argument)")
    .option("--filter <name>", "which filter's state set", "process")
    .option("--states <file>", "state set JSONL to serve instead of the run folder's")
    .option("--examples <file>", "examples JSONL (default <runDir>/examples.jsonl, else the synthetic world's questions)")
    .option("--judge <name>", "process judge: rule (synthetic QA world) | llm (the paper's criteria, on --base-url)", "rule")
    .option("--base-url <url...>", "llm judge: OpenAI-compatible base URL(s), e.g. http://127.0.0.1:8001/v1")
    .option("--model <name>", "llm judge: model name (default: the server's first model)")
    .option("--api-key-env <var>", "llm judge: environment variable holding the API key")
    .option("--qa-seed <seed>", "rule judge: seed of a synthetic QA world (default: the run's task from config.json)")
    .option("--qa-train <n>", "train questions of the synthetic QA world", "0")
    .option("--qa-test <n>", "test questions of the synthetic QA world", "0")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--port <port>", "port (0 = any free port)", "8100")
    .option("--concurrency <n>", "judge calls in flight at once", "16")
    .option("--cache <file>", "verdict cache (default <runDir>/cache/reward.jsonl)")
    .option("--no-cache", "do not cache verdicts on disk");
  addAccessOptions(command, "reward-server").action(rewardServer);
}
