// scratch: profile the client side of bench pipeline's generate phase
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpPolicy } from "../policy/http.js";
import { QA_TEMPLATE } from "../rollout/prompts.js";
import { generate } from "../stages/generate.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
const n = Number(process.argv[2] ?? 1500);
const child = fork(join(process.cwd(), "dist/bench/pipeline-child.js"), ["server", "bench-pipeline", String(n)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
const baseURL = await new Promise((r) => child.once("message", (m) => r(m.baseURL)));
const env = buildQaEnv({ seed: "bench-pipeline", train: n, test: 0 });
for (const [label, ex] of [["warm", env.train.slice(0, 200)], ["run", env.train.slice(200)]]) {
    const dir = mkdtempSync(join(tmpdir(), "pp-"));
    const policy = httpPolicy({ baseURL, model: "bench-teacher", maxConcurrency: 16, retries: 0 });
    const c0 = process.cpuUsage();
    const e0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    const r = await generate({ runDir: dir, policy, examples: ex, tools: new Map([[env.search.tag, env.search]]), template: QA_TEMPLATE, samples: 5, temperature: 1, seed: 0, concurrency: 16, maxActionTokens: 64, cache: process.env.NOCACHE ? false : true });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    console.log(label, r.policyCalls, "calls", ((r.policyCalls / ms) * 1000).toFixed(0), "steps/s", (((c.user + c.system) / r.policyCalls)).toFixed(1), "client µs/req", "ELU", performance.eventLoopUtilization(e0).utilization.toFixed(3));
    rmSync(dir, { recursive: true, force: true });
}
child.send("close");
//# sourceMappingURL=pipeprof.js.map