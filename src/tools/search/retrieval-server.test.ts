import { test } from "node:test";
import assert from "node:assert/strict";
import { Bm25Index } from "./bm25-index.js";
import { localRetriever } from "./retriever.js";
import { remoteRetriever } from "./remote-retriever.js";
import { startRetrievalServer } from "./retrieval-server.js";
import { searchTool } from "./search-tool.js";
import { RetrievalError } from "../../errors/retrieval-error.js";
import { generateSyntheticQa } from "../../synthetic/qa/questions.js";
import { assertRefusesWebPages } from "../../util/http-probe.fixture.js";

const JSON_TYPE = { "content-type": "application/json" };

const qa = generateSyntheticQa({ seed: 11, train: 20, test: 0 });
const index = Bm25Index.build(qa.corpus);
const local = localRetriever(index);

test("remote search over real HTTP returns what the local index returns", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0, passages: index.size });
  try {
    assert.ok(server.port > 0);
    const remote = remoteRetriever({ url: server.url });
    const queries = qa.train.map((e) => e.question);
    const batch = await remote.retrieveBatch(queries, 3);
    assert.equal(batch.length, queries.length);
    queries.forEach((q, i) => {
      const want = local.searchSync(q, 3);
      assert.deepEqual(batch[i]!.map((h) => h.passage), want.map((h) => h.passage));
      batch[i]!.forEach((h, j) => assert.ok(Math.abs(h.score - want[j]!.score) < 1e-9));
    });
    const tool = searchTool({ retriever: remote });
    assert.equal(await tool.run(queries[0]!), await searchTool({ retriever: local }).run(queries[0]!));
  } finally {
    await server.close();
  }
});

test("the server speaks Search-R1's wire format, with and without scores, and refuses bad requests", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0 });
  try {
    const post = (body: unknown) => fetch(`${server.url}/retrieve`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify(body) });
    const withScores = (await (await post({ queries: ["capital"], topk: 2, return_scores: true })).json()) as {
      result: { document: { id: string; contents: string }; score: number }[][];
    };
    assert.equal(withScores.result[0]!.length, 2);
    assert.match(withScores.result[0]![0]!.document.contents, /^"[^"]+"\n/);
    assert.equal(typeof withScores.result[0]![0]!.score, "number");
    const bare = (await (await post({ queries: ["capital"], topk: 1 })).json()) as { result: { id: string; contents: string }[][] };
    assert.equal(typeof bare.result[0]![0]!.contents, "string");
    assert.equal((await post({ queries: "capital" })).status, 400);
    assert.equal((await post({ queries: ["x"], topk: 0 })).status, 400);
    assert.equal((await fetch(`${server.url}/retrieve`, { method: "POST", headers: JSON_TYPE, body: "{" })).status, 400);
    assert.equal((await fetch(`${server.url}/retrieve`)).status, 405);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
  } finally {
    await server.close();
  }
});

test("an unreachable server is a RetrievalError for the client and an error text for the tool", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0 });
  const url = server.url;
  await server.close();
  const remote = remoteRetriever({ url, timeoutMs: 2000 });
  await assert.rejects(remote.retrieve("x", 1), (e: unknown) => RetrievalError.isInstance(e) && e.endpoint === `${url}/retrieve`);
  assert.match(await searchTool({ retriever: remote }).run("x"), /^Error: search failed/);
});

test("requests a web page could send are refused: non-JSON bodies 415, foreign Host names 403", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0 });
  try {
    await assertRefusesWebPages(`${server.url}/retrieve`, JSON.stringify({ queries: ["capital"], topk: 1 }));
  } finally {
    await server.close();
  }
});

test("with a token, requests need it as a bearer header or ?token=; the remote client sends it", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0, token: "s3cret" });
  try {
    const body = JSON.stringify({ queries: ["capital"], topk: 1 });
    const post = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { method: "POST", headers: { ...JSON_TYPE, ...headers }, body });
    assert.equal((await post("/retrieve")).status, 401);
    assert.equal((await post("/retrieve", { authorization: "Bearer nope" })).status, 401);
    assert.equal((await post("/retrieve", { authorization: "Bearer s3cret" })).status, 200);
    assert.equal((await post("/retrieve?token=s3cret")).status, 200);
    assert.equal((await remoteRetriever({ url: server.url, token: "s3cret" }).retrieve("capital", 1)).length, 1);
    assert.equal((await remoteRetriever({ url: `${server.url}/?token=s3cret` }).retrieve("capital", 1)).length, 1);
    await assert.rejects(remoteRetriever({ url: server.url }).retrieve("capital", 1), (e: unknown) => RetrievalError.isInstance(e) && e.status === 401);
  } finally {
    await server.close();
  }
});

test("an over-long query is refused at once (413), and too many queries with 400, while others are served", async () => {
  const server = await startRetrievalServer({ retriever: local, port: 0, maxQueries: 8 });
  try {
    const post = (queries: string[]) => fetch(`${server.url}/retrieve`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ queries, topk: 1 }) });
    const t0 = performance.now();
    const huge = await post(["capital", "word ".repeat(400_000)]);
    assert.equal(huge.status, 413);
    assert.match(((await huge.json()) as { error: string }).error, /query 1 has 2000000 characters; at most 4096/);
    assert.ok(performance.now() - t0 < 1000, `took ${performance.now() - t0} ms`);
    const many = await post(Array.from({ length: 9 }, () => "capital"));
    assert.equal(many.status, 400);
    assert.match(((await many.json()) as { error: string }).error, /at most 8 queries per request, not 9/);
    assert.equal((await post(["x".repeat(4096)])).status, 200);
  } finally {
    await server.close();
  }
});
