import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeAnswer, pySplit } from "./normalize.js";
import { hotpotExactMatch, hotpotF1 } from "./hotpotqa.js";
import { musiqueScore, squadF1 } from "./musique.js";
import { beerqaScore } from "./beerqa.js";
import { extractGsm8kAnswer, gsm8kExactMatch } from "./gsm8k.js";
import { numericMatch, parseNumericAnswer } from "./numeric.js";
test("normalisation: lower, ASCII punctuation out, articles out, whitespace collapsed", () => {
    assert.equal(normalizeAnswer("  The  Quick, brown-fox!  "), "quick brownfox");
    assert.equal(normalizeAnswer("An apple a day"), "apple day");
    // articles are removed only as whole words, and after punctuation is gone
    assert.equal(normalizeAnswer("theatre anthem a.n"), "theatre anthem");
    assert.equal(normalizeAnswer("the_a"), "thea");
    // Python's \b knows Unicode letters: "éthe" keeps "the"; JS's ASCII \b would not
    assert.equal(normalizeAnswer("éthe the"), "éthe");
    // curly quotes and dashes are not string.punctuation
    assert.equal(normalizeAnswer("“Hi” – there"), "“hi” – there");
    // str.split() splits on \x1c and NBSP but not on U+FEFF
    assert.deepEqual(pySplit("a\x1cb\u00a0c\ufeffd"), ["a", "b", "c\ufeffd"]);
});
test("HotPotQA: token F1 with counts, EM after normalisation", () => {
    assert.equal(hotpotExactMatch("The Beatles", "beatles"), 1);
    const s = hotpotF1("the cat sat on the mat", "a cat on a hat");
    // tokens: [cat sat on mat] vs [cat on hat]: 2 common → p = 2/4, r = 2/3
    assert.equal(s.precision, 0.5);
    assert.equal(s.recall, 2 / 3);
    assert.equal(s.f1, (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    assert.equal(hotpotF1("a a b", "a b b").f1, 2 / 3, "articles vanish; token counts matter (b vs b b)");
});
test("HotPotQA: yes / no / noanswer get no partial credit", () => {
    assert.equal(hotpotF1("yes", "yes").f1, 1);
    assert.equal(hotpotF1("yes it is", "yes").f1, 0);
    assert.equal(hotpotF1("no", "no way").f1, 0);
    assert.equal(hotpotF1("noanswer", "no answer").f1, 0);
    assert.equal(hotpotF1("Yes.", "yes").f1, 1);
    assert.equal(hotpotF1("", "").f1, 0, "empty strings share no token");
    assert.equal(hotpotExactMatch("", "the"), 1);
});
test("MuSiQue: best EM and best F1 over gold and aliases, empty-token rule", () => {
    assert.deepEqual(musiqueScore("leading actress", ["for Best Performance by a Leading Actress", "leading actress"]), { em: 1, f1: 1 });
    const s = musiqueScore("best actress", ["for Best Performance by a Leading Actress", "lead"]);
    assert.equal(s.em, 0);
    assert.equal(s.f1, squadF1("best actress", "for Best Performance by a Leading Actress"));
    assert.equal(squadF1("the", "a"), 1, "both normalise to no tokens");
    assert.equal(squadF1("", "x"), 0);
    assert.equal(squadF1("yes it is", "yes"), 2 * (1 / 3) * 1 / (1 / 3 + 1), "no yes/no rule in MuSiQue");
});
test("BeerQA: EM comes from the gold answer with the strictly best F1", () => {
    assert.deepEqual(beerqaScore("dark green", ["green", "dark green"]), { em: 1, f1: 1, precision: 1, recall: 1 });
    // first gold wins ties: both give F1 = 2/3; the first one's EM (0) is kept
    const tie = beerqaScore("green roof", ["green", "roof"]);
    assert.equal(tie.em, 0);
    assert.equal(tie.f1, 2 / 3);
    // EM without positive F1 is not counted: "the" vs "a" normalise equal but F1 is 0
    assert.equal(beerqaScore("the", ["a"]).em, 0);
    assert.equal(beerqaScore("yes", ["no", "yes"]).em, 1);
    assert.equal(beerqaScore("x", []).f1, 0);
});
test("GSM8K: the first '#### n' with commas removed, compared as strings", () => {
    assert.equal(extractGsm8kAnswer("so 9 * 2 = 18\n#### 18"), "18");
    assert.equal(extractGsm8kAnswer("#### 1,234"), "1234");
    assert.equal(extractGsm8kAnswer("#### -3.5"), "-3.5");
    assert.equal(extractGsm8kAnswer("#### $18"), undefined);
    assert.equal(extractGsm8kAnswer("####18"), undefined);
    assert.equal(extractGsm8kAnswer("#### 5 then #### 6"), "5");
    assert.equal(gsm8kExactMatch("#### 18.0", "#### 18"), 0);
    assert.equal(gsm8kExactMatch("#### 1,800", "#### 1800"), 1);
    assert.equal(gsm8kExactMatch("eighteen", "#### 18"), 0);
});
test("tolerant numeric match for model answers", () => {
    for (const p of ["$18", "18.00", "18 dollars", "The answer is 18.", "18"])
        assert.equal(numericMatch(p, "18"), 1, p);
    assert.equal(numericMatch("1,234.5", "1234.50"), 1);
    assert.equal(numericMatch("3/4", "0.75"), 1);
    assert.equal(numericMatch("-2", "2"), 0);
    assert.equal(numericMatch("19", "18"), 0);
    assert.equal(numericMatch("no idea", "18"), 0);
    assert.equal(parseNumericAnswer("costs $1,000,000 in total"), 1_000_000);
});
//# sourceMappingURL=metrics.test.js.map