import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverToken } from "./server-access.js";

test("a server's token comes from --token, else --token-file, else its environment variable", async () => {
  const dir = await mkdtemp(join(tmpdir(), "swirl-token-"));
  const file = join(dir, "token");
  await writeFile(file, "  from-file\n");
  const env = { SWIRL_SEARCH_TOKEN: "from-env", SWIRL_SERVE_TOKEN: "serve-env" };
  assert.equal(serverToken({ token: "flag" }, "search-server", env), "flag");
  assert.equal(serverToken({ tokenFile: file }, "search-server", env), "from-file");
  assert.equal(serverToken({}, "search-server", env), "from-env");
  assert.equal(serverToken({}, "serve", env), "serve-env");
  assert.equal(serverToken({}, "reward-server", env), undefined);
  assert.throws(() => serverToken({ token: "a", tokenFile: file }, "serve", env), /give one/);
  assert.throws(() => serverToken({ tokenFile: join(dir, "missing") }, "serve", env), /--token-file: cannot read/);
  await writeFile(file, "\n");
  assert.throws(() => serverToken({ tokenFile: file }, "serve", env), /is empty/);
});
