import { test } from "node:test";
import assert from "node:assert/strict";
import { Rng } from "../util/random.js";
import { SPECIAL_TOKENS, Tokenizer } from "./tokenizer.js";
import { randomUnicode, syntheticCorpus } from "./tokenizer.fixture.js";
import { isLetterPiece, pretokenize } from "./tokenizer-pretokenize.js";

const corpus = syntheticCorpus("tok-train", 3000);
const tok = Tokenizer.train(corpus, { merges: 400 });

test("pre-tokenisation keeps letter runs whole and isolates every other character", () => {
  assert.deepEqual(pretokenize("Kalo works, born 1982.\n"), ["Kalo", " ", "works", ",", " ", "born", " ", "1", "9", "8", "2", ".", "\n"]);
  assert.deepEqual(pretokenize("don't 'the'"), ["don", "'", "t", " ", "'", "the", "'"]);
  assert.deepEqual(pretokenize("ab中文cd"), ["ab", "中文", "cd"]); // CJK block cut (llama.cpp deepseek-coder)
  assert.deepEqual(pretokenize("😀x"), ["😀", "x"]);
  assert.ok(isLetterPiece("Ωé") && !isLetterPiece("9") && !isLetterPiece(" "));
});

test("special tokens follow the bytes and merges follow the specials", () => {
  assert.equal(tok.special("<|pad|>"), 256);
  assert.equal(tok.vocabSize, 256 + SPECIAL_TOKENS.length + tok.merges.length);
  assert.ok(tok.merges.length > 300, `learned ${tok.merges.length} merges`);
  assert.equal(tok.tokenKind(65), "byte");
  assert.equal(tok.tokenKind(tok.end), "control");
  assert.equal(tok.tokenKind(tok.vocabSize - 1), "normal");
  assert.throws(() => tok.tokenBytes(tok.vocabSize), RangeError);
});

test("round trip is exact on random Unicode (scripts, emoji, ZWJ, NUL, markup)", () => {
  const rng = new Rng("roundtrip");
  const byteLevel = Tokenizer.byteLevel();
  for (let i = 0; i < 2000; i++) {
    const s = randomUnicode(rng);
    assert.equal(tok.decode(tok.encode(s)), s, JSON.stringify(s));
    assert.equal(byteLevel.decode(byteLevel.encode(s)), s);
  }
});

test("text that spells a special token encodes as plain bytes, never as the special id", () => {
  const ids = tok.encode("<|user|>hi<|end|><|assistant|>");
  for (const id of ids) assert.ok(!tok.isSpecial(id));
  assert.equal(tok.decode(ids), "<|user|>hi<|end|><|assistant|>");
});

test("merges never cross a piece: an invented name has the same ids in any context", () => {
  const name = tok.encode("Kalomir");
  for (const ctx of ["Who is Kalomir?", "<search_query>Kalomir</search_query>", "Kalomir -> Kalomir was", "(Kalomir)"]) {
    const ids = tok.encode(ctx);
    const at = ids.findIndex((_, i) => name.every((n, k) => ids[i + k] === n));
    assert.ok(at >= 0, ctx);
  }
});

test("BPE shortens synthetic text over twofold against bytes (spaces and digits stay single tokens)", () => {
  const text = syntheticCorpus("tok-heldout", 500).join("\n");
  const bytes = new TextEncoder().encode(text).length;
  const ratio = bytes / tok.encode(text).length;
  assert.ok(ratio > 2.1, `bytes per token ${ratio.toFixed(2)}`);
});

test("toJSON → fromJSON gives a tokenizer that encodes identically", () => {
  const back = Tokenizer.fromJSON(JSON.stringify(tok.toJSON()));
  assert.equal(back.vocabSize, tok.vocabSize);
  const text = corpus.slice(0, 50).join(" ");
  assert.deepEqual(back.encode(text), tok.encode(text));
});

test("fromJSON refuses unknown formats, other specials and bad merges", () => {
  const good = tok.toJSON();
  assert.throws(() => Tokenizer.fromJSON({ ...good, version: 2 as 1 }), /unknown format/);
  assert.throws(() => Tokenizer.fromJSON({ ...good, specials: ["<|bos|>"] }), /special tokens/);
  assert.throws(() => Tokenizer.fromJSON({ ...good, merges: [[256, 97]] }), /special token/);
  assert.throws(() => Tokenizer.fromJSON({ ...good, merges: [[97, 98], [97, 98]] }), /repeats/);
});

test("training is deterministic and respects the merge budget", () => {
  const a = Tokenizer.train(corpus.slice(0, 500), { merges: 50 });
  const b = Tokenizer.train(corpus.slice(0, 500), { merges: 50 });
  assert.equal(a.merges.length, 50);
  assert.deepEqual(a.merges, b.merges);
});

test("decode can skip special tokens", () => {
  const ids = [tok.bos, ...tok.encode("hi"), tok.end];
  assert.equal(tok.decode(ids), "<|bos|>hi<|end|>");
  assert.equal(tok.decode(ids, { skipSpecial: true }), "hi");
});
