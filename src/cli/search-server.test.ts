import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../tools/search/corpus.js";
import { generateSyntheticQa } from "../synthetic/qa/questions.js";

const JSON_TYPE = { "content-type": "application/json" };

test("swirl build-index, then swirl search-server answers POST /retrieve to holders of its token ($SWIRL_SEARCH_TOKEN)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-cli-search-"));
  const corpus = join(dir, "corpus.jsonl");
  const qa = generateSyntheticQa({ seed: 4, train: 1, test: 0 });
  await writeCorpus(corpus, qa.corpus);
  const built = spawnSync(process.execPath, ["dist/src/cli/main.js", "build-index", "--corpus", corpus], { encoding: "utf8" });
  assert.equal(built.status, 0, built.stderr);
  assert.ok(existsSync(`${corpus}.bm25`));

  // the token from the environment, where `ps` does not show it
  const child = spawn(process.execPath, ["dist/src/cli/main.js", "search-server", "--index", `${corpus}.bm25`, "--port", "0", "--exact-title"], { env: { ...process.env, SWIRL_SEARCH_TOKEN: "s3cret" } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /serving POST (\S+)\/retrieve/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    const title = qa.corpus[0]!.title;
    const request = JSON.stringify({ queries: [title], topk: 1, return_scores: true });
    assert.equal((await fetch(`${url}/retrieve`, { method: "POST", headers: JSON_TYPE, body: request })).status, 401);
    const res = await fetch(`${url}/retrieve`, { method: "POST", headers: { ...JSON_TYPE, authorization: "Bearer s3cret" }, body: request });
    const body = (await res.json()) as { result: { document: { contents: string } }[][] };
    assert.ok(body.result[0]![0]!.document.contents.startsWith(`"${title}"`));
  } finally {
    child.kill("SIGTERM");
  }
});
