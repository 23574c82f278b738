/**
 * Turns a task config into what the stages need: the questions (train and test), the tools by
 * markup tag, the prompt template (with its step cap), and, for built-in synthetic families, rule
 * judges that need no model.
 */
import type { ActionFormat, Example, TaskKind } from "../types.js";
import type { Tool } from "../tools/tool.js";
import type { ProcessJudge, OutcomeJudge } from "../judge/judge.js";
import type { Passage } from "../tasks/passage.js";
import { nativeTemplate, templateFor, withTools, type PromptTemplate } from "../rollout/prompts.js";
import { buildQaEnv } from "../synthetic/qa/env.js";
import { qaRuleJudge } from "../synthetic/qa/rule-judge.js";
import { mathRuleJudge } from "../synthetic/math/rule-judge.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";
import { checkOutcomeJudge } from "../judge/check-outcome.js";
import { hotpotExactMatch, numericMatch } from "../metrics/index.js";
import { generateMathProblems } from "../synthetic/math/problems.js";
import { loadGsm8k } from "../tasks/loaders/gsm8k.js";
import { loadHotpotQa } from "../tasks/loaders/hotpotqa.js";
import { loadMusique } from "../tasks/loaders/musique.js";
import { loadBeerQa } from "../tasks/loaders/beerqa.js";
import { loadCofca } from "../tasks/loaders/cofca.js";
import { loadMappedJsonl } from "../tasks/loaders/mapped-jsonl.js";
import type { LoadedTask } from "../tasks/loaders/corpus-builder.js";
import { calculatorTool } from "../tools/calculator.js";
import { Bm25Index } from "../tools/search/bm25-index.js";
import { openBm25Index } from "../tools/search/open-index.js";
import { localRetriever, type Retriever } from "../tools/search/retriever.js";
import { remoteRetriever } from "../tools/search/remote-retriever.js";
import { searchTool } from "../tools/search/search-tool.js";
import { readExamples } from "../run/records.js";
import { TaskConfigSchema, type TaskConfig, type TaskConfigInput } from "./task-config.js";
import { importConfigModule, openToolSources } from "./tool-sources.js";

export type Split = "train" | "test";

export interface RuleJudges {
  readonly process?: ProcessJudge;
  readonly outcome?: OutcomeJudge;
}

export interface Environment {
  readonly examples: { readonly train: readonly Example[]; readonly test: readonly Example[] };
  /** Tools by markup tag, e.g. "search_query" → search. */
  readonly tools: ReadonlyMap<string, Tool>;
  readonly template: PromptTemplate;
  /** How the policy writes actions (the task's `actionFormat`, default markup). */
  readonly format: ActionFormat;
  /**
   * Judges that need no model: for the synthetic families a process judge that reads the world's
   * structure and the metric as outcome judge; for real datasets only the metric (outcome).
   */
  readonly ruleJudge: RuleJudges;
  /** Disconnects the task's MCP servers (a no-op without any). */
  close(): Promise<void>;
}

export interface EnvironmentOptions {
  /** Load only this split of a real dataset (the other comes back empty); default both. */
  readonly split?: Split;
  /** Prompt variant: "full" (instructions for a general LLM) or "embedded" (no system message, for a model trained on the format). */
  readonly template?: "full" | "embedded";
}

export async function buildEnvironment(input: TaskConfigInput, opts: EnvironmentOptions = {}): Promise<Environment> {
  const task = TaskConfigSchema.parse(input);
  const format = task.actionFormat ?? "markup";
  const env = await taskEnvironment(task, opts);
  const outcome = task.check ? await checkJudge(task.check) : env.ruleJudge.outcome;
  let tools = env.tools;
  let template = env.template;
  let close = async (): Promise<void> => {};
  if (task.tools && task.tools.length > 0) {
    const extra = await openToolSources(task.tools);
    const merged = new Map(env.tools);
    for (const t of extra.tools) {
      if (merged.has(t.tag)) {
        await extra.close();
        throw new Error(`task tools: two tools use the tag <${t.tag}> (${merged.get(t.tag)!.name} and ${t.name})`);
      }
      merged.set(t.tag, t);
    }
    tools = merged;
    template = withTools(template, extra.tools);
    close = extra.close;
  }
  if (format === "native") template = nativeTemplate(template);
  if (task.prompt) template = { ...template, ...task.prompt };
  return { ...env, tools, template, format, ruleJudge: { ...env.ruleJudge, outcome }, close };
}

/** The outcome judge of a task's `check`: a built-in metric, or the function a module exports. */
async function checkJudge(check: NonNullable<TaskConfig["check"]>): Promise<OutcomeJudge> {
  if (check === "exact") return checkOutcomeJudge("exact", (answer, e) => e.answers.some((g) => hotpotExactMatch(answer, g) === 1));
  if (check === "numeric") return checkOutcomeJudge("numeric", (answer, e) => e.answers.some((g) => numericMatch(answer, g) === 1));
  const mod = await importConfigModule(check.module, "task check");
  const name = check.export ?? ("check" in mod ? "check" : "default");
  const fn = mod[name];
  if (typeof fn !== "function") throw new Error(`task check: module ${check.module} has no function export "${name}"`);
  return checkOutcomeJudge(`${check.module}#${name}`, fn as (answer: string, example: Example) => boolean | Promise<boolean>);
}

/**
 * Every task, built in or a user's, is the same thing: its questions, the kind they are of (which
 * picks the prompt template: src/task-kind.ts), the tools it brings itself, and the judges
 * that need no model. Only where the questions and tools come from differs per config kind.
 */
interface TaskSource {
  readonly kind: TaskKind;
  readonly examples: Environment["examples"];
  readonly tools: readonly Tool[];
  readonly ruleJudge: RuleJudges;
}

type TaskEnvironment = Omit<Environment, "close" | "format">;

async function taskEnvironment(task: TaskConfig, opts: EnvironmentOptions): Promise<TaskEnvironment> {
  const source = await taskSource(task, opts);
  const tools = new Map(source.tools.map((t) => [t.tag, t]));
  const builtIn = templateFor(source.kind, opts.template);
  // the built-in template's tags that this task serves, and the task's other tools listed
  const template = { ...builtIn, toolTags: builtIn.toolTags.filter((tag) => tools.has(tag)) };
  return { examples: source.examples, tools, template: withTools(template, source.tools.filter((t) => !builtIn.toolTags.includes(t.tag))), ruleJudge: source.ruleJudge };
}

async function taskSource(task: TaskConfig, opts: EnvironmentOptions): Promise<TaskSource> {
  const want = (s: Split) => opts.split === undefined || opts.split === s;
  const outcome = ruleOutcomeJudge();
  switch (task.kind) {
    case "synthetic-qa": {
      const env = buildQaEnv({ seed: task.seed, train: task.train, test: task.test, hops: task.hops, comparisonShare: task.comparisonShare, world: task.world });
      return { kind: "qa", examples: { train: env.train, test: env.test }, tools: [env.search], ruleJudge: { process: qaRuleJudge(env), outcome } };
    }
    case "synthetic-math": {
      const gen = (split: Split, count: number) => generateMathProblems({ split, count, seed: task.seed, steps: task.steps });
      return { kind: "math", examples: { train: gen("train", task.train), test: gen("test", task.test) }, tools: [calculatorTool()], ruleJudge: { process: mathRuleJudge(), outcome } };
    }
    case "imported": {
      // the agent's own tools answered its calls; only tools the config adds are live
      const examples = [...readExamples(task.examples).values()];
      return { kind: examples[0]?.kind ?? "qa", examples: { train: examples, test: [] }, tools: [], ruleJudge: { outcome } };
    }
    case "gsm8k": {
      const load = async (s: Split) => (want(s) && task[s] ? loadGsm8k(task[s]!, { limit: task.limit }) : []);
      return { kind: "math", examples: { train: await load("train"), test: await load("test") }, tools: [calculatorTool()], ruleJudge: { outcome } };
    }
    default: {
      // a QA dataset searches a corpus; a JSONL task of another kind brings only the config's tools
      const kind = task.kind === "jsonl" ? task.taskKind : "qa";
      const loader = (source: string): Promise<LoadedTask> => {
        const o = { limit: task.limit };
        switch (task.kind) {
          case "hotpotqa": return loadHotpotQa(source, o);
          case "musique": return loadMusique(source, o);
          case "beerqa": return loadBeerQa(source, o);
          case "cofca": return loadCofca(source, o);
          case "jsonl": return loadMappedJsonl(source, { ...o, dataset: task.dataset, kind, mapping: task.mapping });
        }
      };
      const empty: LoadedTask = { examples: [], corpus: [] };
      const train = want("train") && task.train ? await loader(task.train) : empty;
      const test = want("test") && task.test ? await loader(task.test) : empty;
      const examples = { train: train.examples, test: test.examples };
      if (kind === "math") return { kind, examples, tools: [calculatorTool()], ruleJudge: { outcome } };
      if (kind !== "qa") return { kind, examples, tools: [], ruleJudge: { outcome } };
      const retriever = await openRetriever(task, [...train.corpus, ...test.corpus]);
      return { kind, examples, tools: [searchTool({ retriever, k: task.k ?? 1 })], ruleJudge: { outcome } };
    }
  }
}

/** A retrieval server if given, else a saved index or corpus file, else the dataset's own contexts. */
async function openRetriever(task: { corpus?: string; index?: string; searchURL?: string }, contexts: readonly Passage[]): Promise<Retriever> {
  if (task.searchURL) return remoteRetriever({ url: task.searchURL, token: process.env.SWIRL_SEARCH_TOKEN || undefined });
  if (task.corpus || task.index) return localRetriever((await openBm25Index({ corpusPath: task.corpus, indexPath: task.index })).index);
  if (contexts.length === 0) throw new Error("task: no corpus for search: give corpus, index or searchURL, or a dataset with contexts");
  return localRetriever(Bm25Index.build(contexts));
}
