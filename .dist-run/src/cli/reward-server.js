import { runDirOf } from "./config.js";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { readExamples, readStates } from "../export/index.js";
import { startRewardServer } from "../reward-server/index.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { qaRuleJudge } from "../synthetic/qa-rule-judge.js";
import { JsonlStore } from "../run/jsonl-kv.js";
import { LlmProcessJudge } from "../judge/llm-process.js";
import { buildPolicy } from "../stages/backends.js";
function count(flag, v, min = 0) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min)
        throw new Error(`${flag}: not an integer ≥ ${min}: ${v}`);
    return n;
}
export async function rewardServer(runDirArg, flags) {
    const runDir = runDirOf("reward-server", runDirArg, flags);
    const port = count("--port", flags.port);
    if (port > 65535)
        throw new Error(`--port: not a port number: ${flags.port}`);
    const statesPath = flags.states ?? join(runDir, `states.${flags.filter}.jsonl`);
    if (!existsSync(statesPath))
        throw new Error(`reward-server: no state set at ${statesPath}; run \`swirl filter\` first or pass --states`);
    const states = new Map(readStates(statesPath).map((s) => [s.id, s]));
    let judge;
    let examples = new Map();
    const examplesPath = flags.examples ?? join(runDir, "examples.jsonl");
    if (existsSync(examplesPath))
        examples = readExamples(examplesPath);
    if (flags.judge === "rule") {
        if (flags.qaSeed === undefined)
            throw new Error("--qa-seed: the rule judge needs the synthetic world's seed");
        const env = buildQaEnv({ seed: flags.qaSeed, train: count("--qa-train", flags.qaTrain), test: count("--qa-test", flags.qaTest) });
        if (!existsSync(examplesPath))
            examples = new Map([...env.train, ...env.test].map((e) => [e.id, e]));
        judge = qaRuleJudge(env);
    }
    else if (flags.judge === "llm") {
        if (!flags.baseUrl)
            throw new Error("--base-url: the llm judge needs an OpenAI-compatible server");
        const { policy } = await buildPolicy({ kind: "http", baseURLs: flags.baseUrl, model: flags.model, apiKeyEnv: flags.apiKeyEnv }, "reward");
        judge = new LlmProcessJudge({ policy });
    }
    else {
        throw new Error(`--judge: "rule" or "llm", not "${flags.judge}"`);
    }
    let cache;
    if (flags.cache !== false) {
        const file = flags.cache ?? join(runDir, "cache", "reward.jsonl");
        mkdirSync(dirname(file), { recursive: true });
        cache = JsonlStore.open(file);
    }
    const server = await startRewardServer({
        judge, states, examples, cache, host: flags.host, port,
        token: flags.token ?? process.env.SWIRL_REWARD_TOKEN, concurrency: count("--concurrency", flags.concurrency, 1),
    });
    console.log(`${states.size} states, ${examples.size} examples, judge ${judge.name}`);
    console.log(`serving POST ${server.url}/get_reward (OpenRLHF) and POST ${server.url}/score  (Ctrl-C to stop)`);
    const stop = () => {
        server.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
}
export function registerRewardServer(program) {
    program
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
        .option("--qa-seed <seed>", "seed of the synthetic QA world (rule judge)")
        .option("--qa-train <n>", "train questions of the synthetic QA world", "0")
        .option("--qa-test <n>", "test questions of the synthetic QA world", "0")
        .option("--host <host>", "interface to listen on", "127.0.0.1")
        .option("--port <port>", "port (0 = any free port)", "8100")
        .option("--token <token>", "require this bearer token (default: $SWIRL_REWARD_TOKEN, else none)")
        .option("--concurrency <n>", "judge calls in flight at once", "16")
        .option("--cache <file>", "verdict cache (default <runDir>/cache/reward.jsonl)")
        .option("--no-cache", "do not cache verdicts on disk")
        .action(rewardServer);
}
//# sourceMappingURL=reward-server.js.map