/**
 * Your own tools with native tool calls: a TypeScript tool (population-tool.ts) and an MCP
 * server's tool (capital-server.ts, a child process on stdio) offered as functions to a model
 * behind an OpenAI-compatible server, through generate → judge → filter → export.
 *
 * `npm run example -- custom-tools [run-dir]`. The model here is the embedded one served by
 * `startServer` (what `swirl serve` runs), taught three two-hop conversations by heart in a few
 * seconds so that it calls both tools; it stands in for your agent's model: give a vLLM URL as
 * `baseURL` and the rest is unchanged. The task is of a kind of its own ("capital-population"):
 * swirl knows nothing of it beyond its tools, its prompt and its answer key.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Model, Tokenizer, presetConfig, encodeConversation, sftTrain, startServer, httpPolicy, connectMcpTools,
  generate, judge, filter, exportStateSet, ruleOutcomeJudge, parseTrajectory, readJsonlRecords, type Example, type Message,
} from "swirl";
import { population } from "./population-tool.js";

const runDir = process.argv[2] ?? "runs/custom-tools";
const here = dirname(fileURLToPath(import.meta.url));

const QUESTIONS = [
  { id: "fr", country: "France", city: "Paris", people: "2102650" },
  { id: "jp", country: "Japan", city: "Tokyo", people: "14094034" },
  { id: "ke", country: "Kenya", city: "Nairobi", people: "4397073" },
];
const question = (country: string) => `How many people live in the capital of ${country}?`;
const examples: Example[] = QUESTIONS.map((q) => ({ id: q.id, dataset: "capitals", kind: "capital-population", question: question(q.country), answers: [q.people] }));

// the stand-in model: the markup conversations `swirl serve` turns into tool calls and back
const tokenizer = Tokenizer.byteLevel();
const model = new Model(presetConfig("tiny", tokenizer.vocabSize, { dim: 64, ffnDim: 128, contextLength: 256 }), 7);
const conversations: Message[][] = QUESTIONS.map((q) => [
  { role: "user", content: question(q.country) },
  { role: "assistant", content: `<capital>${q.country}</capital>` },
  { role: "user", content: `${q.country} -> ${q.city}` },
  { role: "assistant", content: `<population>${q.city}</population>` },
  { role: "user", content: `${q.city} -> ${q.people}` },
  { role: "assistant", content: `<answer>${q.people}</answer>` },
]);
sftTrain(model, conversations.map((c) => encodeConversation(tokenizer, c, { train: "all-assistant" })), { steps: 300, batchSize: 3, lr: 1e-2, minLr: 1e-3, padId: tokenizer.pad, seed: 1 });
const server = await startServer({ model, tokenizer, port: 0, modelName: "stand-in" });

// the tools: one in TypeScript, one from an MCP server
const compiled = join(here, "capital-server.js");
const mcp = await connectMcpTools({ name: "capitals", command: process.execPath, args: [compiled] });
const tools = new Map([population, ...mcp.tools].map((t) => [t.tag, t]));
const template = { kind: "capital-population", system: "", user: "{question}", toolTags: [...tools.keys()], maxToolCalls: 4 };
const policy = httpPolicy({ endpoints: [server.baseURL], model: "stand-in" });

try {
  const g = await generate({ runDir, policy, examples, tools, template, samples: 1, temperature: 0, format: "native" });
  const trajectories = readJsonlRecords(g.file, parseTrajectory);
  const called = new Map<string, number>();
  for (const t of trajectories) for (const s of t.steps) if (s.call) called.set(s.call.name, (called.get(s.call.name) ?? 0) + 1);
  console.log(`generated ${trajectories.length} trajectories (${g.generated} new), ${trajectories.reduce((n, t) => n + t.steps.length, 0)} steps`);
  console.log(`tools called: ${[...called].map(([name, n]) => `${name} ${n}`).join(", ")}`);

  await judge({ runDir, examples, outcomeJudge: ruleOutcomeJudge() });
  const { counts } = await filter({ runDir, filters: ["outcome"] });
  console.log(`outcome filter: ${counts.outcome.trajectories} trajectories, ${counts.outcome.states} states`);
  const out = await exportStateSet({ runDir, filter: "outcome" });
  console.log(`exported ${out.rows} states:`);
  for (const f of out.files) console.log(`  ${f}`);
  const first = JSON.parse(readFileSync(out.files.find((f) => f.endsWith(join("trl", "train.jsonl")))!, "utf8").split("\n")[1]!) as { prompt: unknown[] };
  console.log(`a state in the agent's format: ${JSON.stringify(first.prompt)}`);
} finally {
  await policy.close();
  await mcp.close();
  await server.close();
}
