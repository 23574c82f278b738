import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bm25Index } from "./bm25-index.js";
import { loadBm25Index, saveBm25Index } from "./bm25-store.js";
import { localRetriever } from "./retriever.js";
import { searchTool } from "./search-tool.js";
import { createTokenizer } from "./tokenizer.js";
import { generateSyntheticQa, readQaMeta } from "../../synthetic/qa/questions.js";

const passages = [
  { id: "1", title: "Cats", text: "Cats are small domesticated carnivorous mammals." },
  { id: "2", title: "Dogs", text: "Dogs are domesticated descendants of wolves; dogs bark." },
  { id: "3", title: "Wolves", text: "The wolf is a large canine native to Eurasia and North America." },
  { id: "4", title: "Mammals", text: "Mammals are vertebrates with milk-producing glands." },
];

test("scores follow the Okapi BM25 formula", () => {
  const idx = Bm25Index.build(passages, { k1: 1.2, b: 0.75, tokenizer: { stopwords: true, stem: false } });
  const tok = createTokenizer({ stopwords: true, stem: false });
  const lens = passages.map((p) => tok(`${p.title} ${p.text}`).length);
  const avg = lens.reduce((a, b) => a + b) / lens.length;
  // "dogs": tf = 2 in doc 2 (title + text... title "Dogs" and "dogs bark"), df = 1
  const docTokens = tok(`${passages[1]!.title} ${passages[1]!.text}`);
  const tf = docTokens.filter((t) => t === "dogs").length;
  const idf = Math.log(1 + (4 - 1 + 0.5) / (1 + 0.5));
  const want = (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lens[1]!) / avg));
  const [hit] = idx.search("dogs", 1);
  assert.equal(hit!.passage.id, "2");
  assert.ok(Math.abs(hit!.score - want) < 1e-12, `${hit!.score} vs ${want}`);
  assert.deepEqual(idx.search("zebra quantum", 3), []);
  assert.deepEqual(idx.search("mammals", 4).map((h) => h.passage.id), ["4", "1"]);
});

test("stemming and stopwords: 'barking wolves' finds the dog and wolf articles", () => {
  const idx = Bm25Index.build(passages);
  const ids = idx.search("the barking wolves", 2).map((h) => h.passage.id);
  assert.deepEqual(ids.sort(), ["2", "3"]);
});

test("saved and loaded index answers identically", async () => {
  const qa = generateSyntheticQa({ seed: 5, train: 50, test: 0 });
  const idx = Bm25Index.build(qa.corpus);
  const path = join(await mkdtemp(join(tmpdir(), "swirl-bm25-")), "world.bm25");
  await saveBm25Index(idx, path);
  const loaded = await loadBm25Index(path);
  assert.equal(loaded.size, idx.size);
  assert.deepEqual(loaded.params, idx.params);
  for (const ex of qa.train) assert.deepEqual(loaded.search(ex.question, 3), idx.search(ex.question, 3));
});

test("on the synthetic world, searching an entity's name returns its article (exact title first)", async () => {
  const qa = generateSyntheticQa({ seed: 2, train: 300, test: 0 });
  const idx = Bm25Index.build(qa.corpus);
  const tool = searchTool({ retriever: localRetriever(idx, { exactTitleFirst: true }) });
  assert.equal(tool.tag, "search_query");
  for (const ex of qa.train) {
    for (const fact of readQaMeta(ex).chain) {
      const out = await tool.run(fact.subject);
      assert.ok(out.startsWith(`${fact.subject}: `), `${fact.subject} -> ${out}`);
      assert.ok(out.includes(fact.object));
    }
  }
  assert.equal(await tool.run("   "), "Error: empty query");
  assert.equal(await tool.run("qqqq zzzz"), "No results found.");
  const two = await searchTool({ retriever: localRetriever(idx), k: 2 }).run(qa.train[0]!.question);
  assert.equal(two.split("\n").length, 2);
});
