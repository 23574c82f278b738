import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
test("swirl doctor runs as a child process and names the backend", () => {
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "doctor"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^node\s+v\d+/m);
    assert.match(r.stdout, /^backend\s+(native|js)/m);
});
test("SWIRL_BACKEND=js forces the pure TypeScript backend", () => {
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "doctor"], {
        encoding: "utf8",
        env: { ...process.env, SWIRL_BACKEND: "js" },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^backend\s+js/m);
});
//# sourceMappingURL=main.test.js.map