/**
 * `npm run bench -- search`: our BM25 index against wink-bm25-text-search on the same corpus and
 * queries in one run. Corpus: the synthetic world scaled to 100k articles (20k with --quick).
 * Both engines get the same tokenizer (ours: lower-case, stopwords, Porter) and k1/b, so scores
 * agree up to wink's 4-decimal rounding; differences in top-1 are ties broken differently.
 * Reports index build time, queries/s at k = 1, top-1 agreement and subject-article hit@1.
 */
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bm25Index, DEFAULT_BM25 } from "../src/tools/search/bm25-index.js";
import { loadBm25Index, saveBm25Index } from "../src/tools/search/bm25-store.js";
import { createTokenizer } from "../src/tools/search/tokenizer.js";
import { generateQaQuestions, readQaMeta } from "../src/synthetic/qa/questions.js";
import { generateWorld } from "../src/synthetic/qa/world.js";
import { worldCorpus } from "../src/synthetic/qa/world-articles.js";

interface WinkEngine {
  defineConfig(cfg: { fldWeights: Record<string, number>; bm25Params: { k1: number; b: number; k: number } }): void;
  definePrepTasks(tasks: ((input: string) => string[])[]): void;
  addDoc(doc: Record<string, string>, id: number): void;
  consolidate(): void;
  search(text: string, limit?: number): [string, number][];
}

const require = createRequire(import.meta.url);

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

export async function benchSearch(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const scale = opts.quick ? 0.2 : 1;
  const sizes = {
    countries: 200, cities: Math.round(5000 * scale), organisations: Math.round(15000 * scale),
    persons: Math.round(60000 * scale), works: Math.round(19800 * scale), testFraction: 0.2,
  };
  const world = generateWorld("bench", sizes);
  const corpus = worldCorpus(world);
  const nQueries = opts.quick ? 1000 : 4000;
  // half full questions (several words, 1–2 names), half bare entity names, as agents issue them
  const examples = generateQaQuestions(world, { split: "train", count: nQueries / 2, seed: "bench" });
  const queries: { text: string; subject: string }[] = [];
  for (const ex of examples) {
    const subject = readQaMeta(ex).subjects[0] as string;
    queries.push({ text: ex.question, subject }, { text: readQaMeta(ex).chain[1]?.subject ?? subject, subject: readQaMeta(ex).chain[1]?.subject ?? subject });
  }
  console.log(`bench search: ${corpus.length} passages, ${queries.length} queries${opts.quick ? " (quick)" : ""}`);

  // ours
  const [ours, oursBuildMs] = time(() => Bm25Index.build(corpus, DEFAULT_BM25));
  const dir = mkdtempSync(join(tmpdir(), "swirl-bench-search-"));
  const path = join(dir, "corpus.bm25");
  const t0 = performance.now();
  await saveBm25Index(ours, path);
  const saveMs = performance.now() - t0;
  const t1 = performance.now();
  const loaded = await loadBm25Index(path);
  const loadMs = performance.now() - t1;
  const indexBytes = statSync(path).size;
  rmSync(dir, { recursive: true, force: true });

  // wink, fed the same tokens
  const tokenize = createTokenizer(DEFAULT_BM25.tokenizer);
  const [wink, winkBuildMs] = time(() => {
    const engine = (require("wink-bm25-text-search") as () => WinkEngine)();
    engine.defineConfig({ fldWeights: { title: 1, body: 1 }, bm25Params: { k1: DEFAULT_BM25.k1, b: DEFAULT_BM25.b, k: 1 } });
    engine.definePrepTasks([tokenize]);
    corpus.forEach((p, i) => engine.addDoc({ title: p.title, body: p.text }, i));
    engine.consolidate();
    return engine;
  });

  // warm up both (JIT), then time the same query list, each engine twice, keep the faster pass
  for (const q of queries.slice(0, 200)) {
    loaded.search(q.text, 1);
    wink.search(q.text, 1);
  }
  const runOurs = () => queries.map((q) => loaded.search(q.text, 1)[0]);
  const runWink = () => queries.map((q) => wink.search(q.text, 1)[0]);
  const [oursTop, oursMs1] = time(runOurs);
  const [winkTop, winkMs1] = time(runWink);
  const oursMs = Math.min(oursMs1, time(runOurs)[1]);
  const winkMs = Math.min(winkMs1, time(runWink)[1]);

  let agree = 0;
  let agreeModTies = 0;
  let oursHit = 0;
  let winkHit = 0;
  queries.forEach((q, i) => {
    const o = oursTop[i];
    const w = winkTop[i];
    const wDoc = w ? corpus[Number(w[0])] : undefined;
    if (o && o.passage.id === wDoc?.id) agree++;
    // a different top-1 with (to wink's 4-decimal rounding) the same score is a tie broken differently
    else if (o && w && Math.abs(o.score - w[1]) < 1e-3 * Math.max(1, o.score)) agreeModTies++;
    if (o?.passage.title === q.subject) oursHit++;
    if (wDoc?.title === q.subject) winkHit++;
  });
  agreeModTies += agree;

  const oursQps = (queries.length / oursMs) * 1000;
  const winkQps = (queries.length / winkMs) * 1000;
  const result = {
    corpus_passages: corpus.length,
    queries: queries.length,
    k: 1,
    ours_build_ms: Math.round(oursBuildMs),
    ours_save_ms: Math.round(saveMs),
    ours_load_ms: Math.round(loadMs),
    ours_index_bytes: indexBytes,
    wink_build_ms: Math.round(winkBuildMs),
    ours_qps: Math.round(oursQps),
    wink_qps: Math.round(winkQps),
    search_qps_ratio: Number((oursQps / winkQps).toFixed(2)),
    build_speed_ratio: Number((winkBuildMs / oursBuildMs).toFixed(2)),
    top1_agreement: Number((agree / queries.length).toFixed(4)),
    top1_agreement_modulo_ties: Number((agreeModTies / queries.length).toFixed(4)),
    subject_hit_at1_ours: Number((oursHit / queries.length).toFixed(4)),
    subject_hit_at1_wink: Number((winkHit / queries.length).toFixed(4)),
    node: process.version,
  };

  const rows: [string, string, string, string][] = [
    ["", "swirl BM25", "wink-bm25-text-search", "ratio"],
    ["build (ms)", String(result.ours_build_ms), String(result.wink_build_ms), `${result.build_speed_ratio}x faster`],
    ["queries/s (k=1)", String(result.ours_qps), String(result.wink_qps), `${result.search_qps_ratio}x (target >= 3)`],
    ["subject hit@1", String(result.subject_hit_at1_ours), String(result.subject_hit_at1_wink), ""],
    ["top-1 agreement", `${result.top1_agreement} (${result.top1_agreement_modulo_ties} counting ties)`, "", ""],
    ["save / load (ms)", `${result.ours_save_ms} / ${result.ours_load_ms}`, "", `${(indexBytes / 1e6).toFixed(1)} MB on disk`],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));

  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bench", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "search.json"), JSON.stringify(result, null, 2) + "\n");
  return result;
}
