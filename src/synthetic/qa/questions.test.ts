import { test } from "node:test";
import assert from "node:assert/strict";
import { generateSyntheticQa, readQaMeta } from "./questions.js";
import { generateWorld } from "./world.js";
import { createWorldLookup } from "./world-lookup.js";
import { toJsonl } from "../../tasks/jsonl.js";

const qa = generateSyntheticQa({ seed: 7, train: 2000, test: 300 });

test("the same seed gives the same world and questions", () => {
  const again = generateSyntheticQa({ seed: 7, train: 2000, test: 300 });
  assert.equal(toJsonl(again.train), toJsonl(qa.train));
  assert.deepEqual(again.corpus, qa.corpus);
  assert.notDeepEqual(generateSyntheticQa({ seed: 8, train: 5, test: 5 }).train.map((e) => e.question), qa.train.slice(0, 5).map((e) => e.question));
});

test("every gold answer is reached by following the reference chain through the articles", () => {
  const articles = new Map(qa.corpus.map((p) => [p.title, p.text]));
  for (const ex of [...qa.train, ...qa.test]) {
    const meta = readQaMeta(ex);
    assert.ok(meta.hops >= 2 && meta.hops <= 4);
    assert.equal(meta.chain.length, meta.hops);
    for (const fact of meta.chain) {
      const text = articles.get(fact.subject);
      assert.ok(text, `no article for ${fact.subject}`);
      assert.ok(text.includes(fact.object), `article of ${fact.subject} does not state ${fact.object}`);
    }
    if (!meta.comparison) {
      for (let i = 1; i < meta.chain.length; i++) assert.equal(meta.chain[i]!.subject, meta.chain[i - 1]!.object);
      assert.equal(ex.answers[0], meta.chain[meta.chain.length - 1]!.object);
    } else {
      const [a, b] = meta.chain;
      assert.equal(ex.answers[0], Number(a!.object) < Number(b!.object) ? a!.subject : b!.subject);
    }
    assert.ok(ex.question.includes(meta.subjects[0]!));
  }
});

test("train and test questions never share a person or a work", () => {
  const lookup = createWorldLookup(qa.world);
  const touched = (split: "train" | "test") => {
    const names = new Set<string>();
    for (const ex of split === "train" ? qa.train : qa.test) {
      for (const f of readQaMeta(ex).chain) {
        for (const n of [f.subject, f.object]) {
          const e = lookup.entity(n);
          if (e && (e.type === "person" || e.type === "work")) names.add(n);
        }
      }
    }
    return names;
  };
  const train = touched("train");
  for (const name of touched("test")) assert.ok(!train.has(name), `${name} is in both splits`);
});

test("all hop counts and both comparison kinds occur; articles are 1–2 sentences", () => {
  const hops = new Set(qa.train.map((e) => readQaMeta(e).hops));
  assert.deepEqual([...hops].sort(), [2, 3, 4]);
  const types = new Set(qa.train.map((e) => readQaMeta(e).type));
  assert.ok(types.has("compare_born_earlier") && types.has("compare_released_earlier"));
  for (const p of qa.corpus) assert.ok(p.text.split(". ").length <= 2, p.text);
  const names = new Set(qa.world.entities.map((e) => e.name.toLowerCase()));
  assert.equal(names.size, qa.world.entities.length);
});

test("the world lookup answers what a rule judge asks", () => {
  const ex = qa.test.find((e) => !readQaMeta(e).comparison)!;
  const meta = readQaMeta(ex);
  const first = meta.chain[0]!;
  assert.ok(qa.lookup.factsAbout(first.subject).some((f) => f.relation === first.relation && f.object === first.object));
  assert.ok(qa.lookup.mentions(first.subject).includes(first.object) || /^\d+$/.test(first.object));
  assert.equal(qa.lookup.object(first.subject, first.relation), first.object);
  assert.deepEqual(qa.lookup.factsAbout("No Such Title"), []);
});

test("100k questions are generated in a few seconds", () => {
  const world = generateWorld(1);
  const t0 = performance.now();
  const big = generateSyntheticQa({ seed: 1, train: 100_000, test: 0 });
  const ms = performance.now() - t0;
  assert.equal(big.train.length, 100_000);
  assert.ok(ms < 10_000, `took ${ms} ms`);
  assert.equal(world.entities.length, big.world.entities.length);
});
