import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MalformedRecordError } from "../../errors/malformed-record-error.js";
import { loadBeerQa } from "./beerqa.js";
import { loadCofca } from "./cofca.js";
import { loadGsm8k } from "./gsm8k.js";
import { loadHotpotQa } from "./hotpotqa.js";
import { loadMappedJsonl } from "./mapped-jsonl.js";
import { loadMusique } from "./musique.js";
const DATA = "../shared/data";
const FIX = "test/fixtures";
const have = (p) => existsSync(join(DATA, p));
const skipNoData = (p) => (have(p) ? false : `shared data ${join(DATA, p)} is absent`);
async function rejectsAt(p, line, field) {
    await assert.rejects(p, (e) => {
        assert.ok(MalformedRecordError.isInstance(e), String(e));
        assert.equal(e.line, line, e.message);
        assert.equal(e.field, field, e.message);
        assert.ok(e.message.includes(e.file) && e.message.includes(`:${line}:`), e.message);
        return true;
    });
}
test("GSM8K: all 1,319 test questions, gold number from after ####", { skip: skipNoData("gsm8k/test.jsonl") }, async () => {
    const ex = await loadGsm8k(join(DATA, "gsm8k/test.jsonl"));
    assert.equal(ex.length, 1319);
    assert.equal(ex[0].answers[0], "18");
    assert.ok(ex.every((e) => e.kind === "math" && /^-?[0-9.]+$/.test(e.answers[0])));
    assert.equal((await loadGsm8k(join(DATA, "gsm8k/train.jsonl"), { limit: 10 })).length, 10);
});
test("HotPotQA: questions, and the union of contexts as a corpus", { skip: skipNoData("hotpotqa/hotpot_dev_distractor_rpt_test500.json") }, async () => {
    const { examples, corpus } = await loadHotpotQa(join(DATA, "hotpotqa/hotpot_dev_distractor_rpt_test500.json"));
    assert.equal(examples.length, 500);
    assert.ok(corpus.length > 4000 && corpus.length <= 5000, `${corpus.length} passages`);
    const ex = examples.find((e) => e.id === "5a7d5c175542991319bc93b1");
    if (ex)
        assert.equal(ex.answers[0], "Denise Levertov");
    const titles = new Set(corpus.map((p) => p.title));
    for (const e of examples)
        for (const [title] of e.meta.supportingFacts)
            assert.ok(titles.has(title));
});
test("MuSiQue: gold answer then aliases; paragraphs as a corpus", { skip: skipNoData("musique/musique_ans_v1.0_dev_sample100.jsonl") }, async () => {
    const { examples, corpus } = await loadMusique(join(DATA, "musique/musique_ans_v1.0_dev_sample100.jsonl"));
    assert.equal(examples.length, 100);
    assert.ok(corpus.length > 500);
    const hops = examples.map((e) => e.meta.hops);
    assert.equal(hops.filter((h) => h === 2).length, 53);
    assert.ok(examples.some((e) => e.answers.length > 1));
});
test("BeerQA: official layout, several answers, contexts as corpus (fixture)", async () => {
    const { examples, corpus } = await loadBeerQa(join(FIX, "beerqa-sample.json"));
    assert.equal(examples.length, 3);
    assert.deepEqual(examples[1].answers, ["green", "dark green"]);
    assert.equal(examples[0].meta.src, "hotpotqa");
    assert.equal(corpus.length, 4, "the shared Duli Works paragraph is kept once");
});
test("BeerQA: a malformed record names file, line and field", async () => {
    await rejectsAt(loadBeerQa(join(FIX, "beerqa-malformed.json")), 11, "context[0].text");
});
test("CofCA: documented default mapping, list or object paragraphs (fixture)", async () => {
    const { examples, corpus } = await loadCofca(join(FIX, "cofca-sample.json"));
    assert.equal(examples.length, 2);
    assert.deepEqual(examples[0].answers, ["Morvelia", "the Republic of Morvelia"]);
    assert.equal(examples[0].meta.type, "bridge");
    assert.equal(corpus.length, 3);
});
test("mapped JSONL: dotted paths, blank lines skipped, errors at the right line", async () => {
    const mapping = { id: "qid", question: "q", answer: "gold.text", context: "docs" };
    const opts = { dataset: "mine", kind: "qa", mapping, limit: 2 };
    const { examples, corpus } = await loadMappedJsonl(join(FIX, "mapped-sample.jsonl"), opts);
    assert.deepEqual(examples.map((e) => e.id), ["q1", "q2"]);
    assert.deepEqual(examples[0].answers, ["Kosenta", "Kosenta City"]);
    assert.equal(corpus.length, 1);
    await rejectsAt(loadMappedJsonl(join(FIX, "mapped-sample.jsonl"), { ...opts, limit: undefined }), 4, "q");
});
test("GSM8K: a solution without #### is rejected at its line", async () => {
    await rejectsAt(loadGsm8k(join(FIX, "gsm8k-malformed.jsonl")), 2, "answer");
});
test("invalid JSON names the line; JSONL streams line by line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "swirl-loaders-"));
    const bad = join(dir, "bad.json");
    await writeFile(bad, '[\n  {"_id": "a",\n   "question": "q"\n   "answer": "x"}\n]\n');
    await rejectsAt(loadHotpotQa(bad), 4, "");
    const badl = join(dir, "bad.jsonl");
    await writeFile(badl, '{"question": "a", "answer": "#### 1"}\n{"question": "b", "answer": \n');
    await rejectsAt(loadGsm8k(badl), 2, "");
});
//# sourceMappingURL=loaders.test.js.map