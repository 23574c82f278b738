import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:net";
import { allowedHosts, hostOf, sendJson, serveJson } from "./http-server.js";
import { assertRefusesWebPages, rawRequest } from "./http-probe.fixture.js";

const echo = serveJson.bind(null, (_req, res) => sendJson(res, 200, { ok: true }));

test("serveJson refuses what a web page can send (non-JSON POST bodies, foreign Host names) and serves the rest", async () => {
  const server = await echo({ allowedHosts: ["rm.cluster.internal"] });
  try {
    await assertRefusesWebPages(server.url, "{}");
    assert.equal((await rawRequest(server.url, { method: "POST", host: "rm.cluster.internal:1", contentType: "application/json", body: "{}" })).status, 200);
    assert.equal((await rawRequest(server.url, { host: "evil.example" })).status, 403); // GETs too: a rebinding page could read them
    assert.equal((await rawRequest(server.url)).status, 200);
  } finally {
    await server.close();
  }
});

test("Host names: ports and IPv6 brackets are stripped; a wildcard bind also accepts this machine's addresses", () => {
  assert.deepEqual(["LocalHost:80", "[::1]:8000", "[::1]", "10.0.0.2"].map(hostOf), ["localhost", "::1", "::1", "10.0.0.2"]);
  const loop = allowedHosts("127.0.0.1", []);
  assert.ok(loop.has("localhost") && loop.has("::1") && !loop.has("evil.example"));
  assert.ok(allowedHosts("0.0.0.0", []).size > loop.size);
});

/** A socket that connects and sends part of a request's headers; resolves with how long until the server hung up. */
function slowClient(port: number): Promise<number> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1", () => s.write("POST / HTTP/1.1\r\nHost: localhost\r\n"));
    s.on("data", () => undefined);
    s.on("error", () => undefined);
    s.on("close", () => resolve(Date.now() - t0));
  });
}

test("slow headers are cut off at the headers timeout, and connections beyond the cap are closed", async () => {
  const server = await echo({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 300, maxConnections: 2 } });
  try {
    const ms = await slowClient(server.port);
    assert.ok(ms < 3000, `closed after ${ms} ms`);
    const held = [connect(server.port, "127.0.0.1"), connect(server.port, "127.0.0.1")];
    await new Promise((r) => setTimeout(r, 100));
    const extra = await new Promise<boolean>((resolve) => {
      const s = connect(server.port, "127.0.0.1", () => s.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      let answered = false;
      s.on("data", () => (answered = true));
      s.on("error", () => undefined);
      s.on("close", () => resolve(answered));
    });
    assert.equal(extra, false, "a third connection was served");
    for (const s of held) s.destroy();
  } finally {
    await server.close();
  }
});
