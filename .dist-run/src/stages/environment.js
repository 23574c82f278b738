import { templateFor } from "../rollout/prompts.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { qaRuleJudge } from "../synthetic/qa-rule-judge.js";
import { mathRuleJudge } from "../synthetic/math-rule-judge.js";
import { ruleOutcomeJudge } from "../judge/rule-outcome.js";
import { generateMathProblems } from "../tasks/synthetic-math.js";
import { loadGsm8k } from "../tasks/loaders/gsm8k.js";
import { loadHotpotQa } from "../tasks/loaders/hotpotqa.js";
import { loadMusique } from "../tasks/loaders/musique.js";
import { loadBeerQa } from "../tasks/loaders/beerqa.js";
import { loadCofca } from "../tasks/loaders/cofca.js";
import { loadMappedJsonl } from "../tasks/loaders/mapped-jsonl.js";
import { calculatorTool } from "../tools/calculator.js";
import { Bm25Index } from "../tools/search/bm25-index.js";
import { openBm25Index } from "../tools/search/open-index.js";
import { localRetriever } from "../tools/search/retriever.js";
import { remoteRetriever } from "../tools/search/remote-retriever.js";
import { searchTool } from "../tools/search/search-tool.js";
import { TaskConfigSchema } from "./task-config.js";
export async function buildEnvironment(input, opts = {}) {
    const task = TaskConfigSchema.parse(input);
    const want = (s) => opts.split === undefined || opts.split === s;
    switch (task.kind) {
        case "synthetic-qa": {
            const env = buildQaEnv({ seed: task.seed, train: task.train, test: task.test, hops: task.hops, comparisonShare: task.comparisonShare, world: task.world });
            return {
                examples: { train: env.train, test: env.test },
                tools: new Map([[env.search.tag, env.search]]),
                template: templateFor("qa", opts.template),
                ruleJudge: { process: qaRuleJudge(env), outcome: ruleOutcomeJudge() },
            };
        }
        case "synthetic-math": {
            const gen = (split, count) => generateMathProblems({ split, count, seed: task.seed, steps: task.steps });
            const examples = { train: gen("train", task.train), test: gen("test", task.test) };
            return withCalculator(opts, examples, mathRuleJudge());
        }
        case "gsm8k": {
            const load = async (s) => (want(s) && task[s] ? loadGsm8k(task[s], { limit: task.limit }) : []);
            return withCalculator(opts, { train: await load("train"), test: await load("test") });
        }
        default: {
            if (task.kind === "jsonl" && task.taskKind === "math") {
                const load = async (s) => (want(s) && task[s] ? (await loadMappedJsonl(task[s], { dataset: task.dataset, kind: "math", mapping: task.mapping, limit: task.limit })).examples : []);
                return withCalculator(opts, { train: await load("train"), test: await load("test") });
            }
            const loader = (source) => {
                const o = { limit: task.limit };
                switch (task.kind) {
                    case "hotpotqa": return loadHotpotQa(source, o);
                    case "musique": return loadMusique(source, o);
                    case "beerqa": return loadBeerQa(source, o);
                    case "cofca": return loadCofca(source, o);
                    case "jsonl": return loadMappedJsonl(source, { ...o, dataset: task.dataset, kind: "qa", mapping: task.mapping });
                }
            };
            const empty = { examples: [], corpus: [] };
            const train = want("train") && task.train ? await loader(task.train) : empty;
            const test = want("test") && task.test ? await loader(task.test) : empty;
            const retriever = await openRetriever(task, [...train.corpus, ...test.corpus]);
            const search = searchTool({ retriever, k: task.k ?? 1 });
            return { examples: { train: train.examples, test: test.examples }, tools: new Map([[search.tag, search]]), template: templateFor("qa", opts.template), ruleJudge: { outcome: ruleOutcomeJudge() } };
        }
    }
}
function withCalculator(opts, examples, process) {
    const calc = calculatorTool();
    return { examples, tools: new Map([[calc.tag, calc]]), template: templateFor("math", opts.template), ruleJudge: { process, outcome: ruleOutcomeJudge() } };
}
/** A retrieval server if given, else a saved index or corpus file, else the dataset's own contexts. */
async function openRetriever(task, contexts) {
    if (task.searchURL)
        return remoteRetriever({ url: task.searchURL });
    if (task.corpus || task.index)
        return localRetriever((await openBm25Index({ corpusPath: task.corpus, indexPath: task.index })).index);
    if (contexts.length === 0)
        throw new Error("task: no corpus for search: give corpus, index or searchURL, or a dataset with contexts");
    return localRetriever(Bm25Index.build(contexts));
}
//# sourceMappingURL=environment.js.map