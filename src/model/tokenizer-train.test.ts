import { test } from "node:test";
import assert from "node:assert/strict";
import { Rng } from "../util/random.js";
import { applyMerges, isContinuation, isWholeUtf8, pairKey } from "./tokenizer-bpe.js";
import { learnMerges } from "./tokenizer-train.js";
import { Tokenizer } from "./tokenizer.js";
import { randomUnicode } from "./tokenizer.fixture.js";

test("the most frequent pair is merged first, ties to the smaller pair", () => {
  const merges = learnMerges(["ab ab ab cd cd xy"], 300, { merges: 3, minCount: 1 });
  assert.deepEqual(merges[0], [97, 98]); // "ab" ×3
  assert.deepEqual(merges[1], [99, 100]); // "cd" ×2
  assert.deepEqual(merges[2], [120, 121]); // "xy" ×1
});

test("nothing is learned across spaces, digits or punctuation, and minCount stops early", () => {
  const merges = learnMerges(["a b a b 12 12 .. .."], 300, { merges: 10 });
  assert.equal(merges.length, 0);
});

test("every learned token is whole characters or lies inside one character", () => {
  const rng = new Rng("utf8-merges");
  const texts: string[] = [];
  for (let i = 0; i < 3000; i++) texts.push(randomUnicode(rng, 30) + " café naïve 中文中文 한국어 Ωμέγα");
  const tok = Tokenizer.train(texts, { merges: 300, minCount: 2 });
  assert.ok(tok.merges.length > 50);
  for (let id = 256 + 7; id < tok.vocabSize; id++) {
    const b = tok.tokenBytes(id);
    const inside = !isWholeUtf8(b);
    if (inside) {
      // a partial character: at most one lead byte, and it must come first
      const leads = b.filter((x) => !isContinuation(x)).length;
      assert.ok(leads === 0 || (leads === 1 && !isContinuation(b[0]!)), `token ${id} straddles characters: ${Array.from(b)}`);
    }
  }
  for (const t of texts.slice(0, 200)) assert.equal(tok.decode(tok.encode(t)), t);
});

test("merges apply lowest rank first, leftmost on ties, one occurrence at a time", () => {
  // ranks: 0:(a,a)→10  1:(10,a)→11 ; "aaaa" → (aa)(aa) since rank 0 wins over rank 1 each time
  const table = { ranks: new Map([[pairKey(97, 97), 0], [pairKey(10, 97), 1]]), results: [10, 11] };
  assert.deepEqual(applyMerges([97, 97, 97, 97], table), [10, 10]);
  assert.deepEqual(applyMerges([97, 97, 97], table), [11]);
});
