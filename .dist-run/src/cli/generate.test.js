import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "./config.js";
import { RunFolder } from "../run/run-folder.js";
const swirl = (...args) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { encoding: "utf8" });
const tmp = () => mkdtemp(join(tmpdir(), "swirl-cli-gen-"));
test("swirl generate --help lists its flags", () => {
    const r = swirl("generate", "--help");
    assert.equal(r.status, 0, r.stderr);
    for (const flag of ["--config", "--run", "--samples", "--temperature", "--seed", "--concurrency", "--base-url", "--checkpoint", "--no-cache"])
        assert.ok(r.stdout.includes(flag), flag);
});
test("a bad value in a YAML config names the file, the line and the field", async () => {
    const dir = await tmp();
    const file = join(dir, "c.yaml");
    writeFileSync(file, `run: ${dir}/run\ntask:\n  kind: synthetic-qa\ngenerate:\n  samples: five\n`);
    const r = swirl("generate", "--config", file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^swirl generate: ${file.replace(/[.]/g, "\\.")}:5: field "generate\\.samples": `, "m"));
    assert.ok(!r.stderr.includes("    at "), "no stack trace");
});
test("an unknown key in a JSON config is refused by name", async () => {
    const dir = await tmp();
    const file = join(dir, "c.json");
    writeFileSync(file, JSON.stringify({ run: `${dir}/run`, task: { kind: "synthetic-qa", sede: 3 } }, null, 2));
    const r = swirl("generate", "--config", file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /c\.json:5: field "task\.sede": unknown key/);
});
test("a config with no policy gets a clear error", async () => {
    const dir = await tmp();
    const r = swirl("generate", "--run", join(dir, "run"), "--task", "synthetic-qa");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no policy: .*--checkpoint or --base-url/);
});
test("config layers: recorded run config, then the file, then flags; a new kind replaces a section", async () => {
    const dir = await tmp();
    const runDir = join(dir, "run");
    RunFolder.open(runDir).writeConfig({ task: { kind: "synthetic-qa", seed: 1, train: 50, test: 10 }, policy: { kind: "embedded", checkpoint: "ck" }, generate: { samples: 5, temperature: 1 } });
    const file = join(dir, "c.yaml");
    writeFileSync(file, "task: { kind: synthetic-qa, train: 20 }\ngenerate: { samples: 3 }\n");
    const { config } = resolveConfig({
        configFile: file,
        runFlag: runDir,
        flags: { generate: { samples: 2, seed: undefined }, policy: { kind: "http", baseURL: "http://127.0.0.1:1/v1" } },
    });
    assert.deepEqual(config.task, { kind: "synthetic-qa", seed: 1, train: 20, test: 10 });
    assert.deepEqual(config.generate, { samples: 2, temperature: 1 });
    assert.deepEqual(config.policy, { kind: "http", baseURL: "http://127.0.0.1:1/v1" });
});
test("generate refuses to add another task's trajectories to a run folder", async () => {
    const dir = await tmp();
    const runDir = join(dir, "run");
    const run = RunFolder.open(runDir);
    run.writeConfig({ task: { kind: "synthetic-qa", seed: 1, train: 2, test: 0 } });
    writeFileSync(run.path("trajectories"), "\n");
    const r = swirl("generate", "--run", runDir, "--task", "synthetic-math", "--base-url", "http://127.0.0.1:1/v1");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /holds trajectories of another task config/);
});
//# sourceMappingURL=generate.test.js.map