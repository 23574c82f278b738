import { test } from "node:test";
import assert from "node:assert/strict";
import { findStop, StopStringMatcher } from "./chat-stop.js";
import { Tokenizer } from "./tokenizer.js";
import { syntheticCorpus } from "./tokenizer.fixture.js";

const tok = Tokenizer.train(syntheticCorpus("stop", 1000), { merges: 200 });
const STOPS = ["</search_query>", "</math_exp>", "</answer>"];

test("stops right after the closing tag and keeps it", () => {
  const ids = tok.encode("look up <search_query>Kalo Corp</search_query> and more text");
  const hit = findStop(tok, ids, STOPS);
  assert.ok(hit);
  assert.equal(hit.stop, "</search_query>");
  assert.equal(hit.text, "look up <search_query>Kalo Corp</search_query>");
  assert.equal(tok.decode(ids.slice(0, hit.tokens)), hit.text);
});

test("no stop string means no hit", () => {
  assert.equal(findStop(tok, tok.encode("<search_query>open"), STOPS), null);
});

test("the earliest-ending stop wins when one token completes two", () => {
  const r = findStop(tok, tok.encode("ab</x>tail"), ["</x>tail", "b</x>"]);
  assert.equal(r?.text, "ab</x>");
});

test("a stop that ends inside a merged token cuts the text within that token", () => {
  const ids = tok.encode("Kalomir");
  assert.ok(ids.length < "Kalomir".length, "the name is merged");
  const hit = findStop(tok, ids, ["Kal"]);
  assert.equal(hit?.text, "Kal");
  const need = ids.findIndex((_, i) => tok.decode(ids.slice(0, i + 1)).includes("Kal")) + 1;
  assert.equal(hit?.tokens, need);
});

test("multi-byte characters split across tokens are decoded once complete", () => {
  const bytes = Array.from(new TextEncoder().encode("é</answer>")); // byte ids, é split in two
  const hit = findStop(Tokenizer.byteLevel(), bytes, ["é</answer>"]);
  assert.equal(hit?.text, "é</answer>");
  assert.equal(hit?.tokens, bytes.length);
});

test("special tokens count as the text decode gives them, and the hit is sticky", () => {
  const m = new StopStringMatcher(tok, ["</answer>"]);
  assert.equal(m.push(tok.end), null);
  let hit = null;
  for (const id of tok.encode("<answer>x</answer>")) hit = m.push(id) ?? hit;
  assert.equal(hit?.text, tok.decode([tok.end, ...tok.encode("<answer>x</answer>")]));
  assert.equal(hit?.tokens, 1 + tok.encode("<answer>x</answer>").length);
  assert.equal(m.push(65), hit);
});
