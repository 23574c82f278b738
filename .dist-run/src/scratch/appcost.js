// scratch: generate's own CPU per step, with a policy that answers in-process (teacher) after setImmediate
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QA_TEMPLATE } from "../rollout/prompts.js";
import { generate } from "../stages/generate.js";
import { buildQaEnv } from "../synthetic/qa-env.js";
import { QaTeacher } from "../synthetic/qa-teacher.js";
const n = Number(process.argv[2] ?? 3000);
const env = buildQaEnv({ seed: "bench-pipeline", train: n, test: 0 });
const teacher = new QaTeacher(env, env.train, { mistakeRate: 0.35, seed: 1 });
let teach = 0;
const policy = {
    name: "inproc",
    complete(r) {
        const t = performance.now();
        const text = teacher.act(r.messages, String(r.seed ?? ""));
        teach += performance.now() - t;
        return new Promise((res) => setImmediate(() => res({ text, tokens: Math.ceil(text.length / 4), promptTokens: 100 })));
    },
};
for (const [label, ex] of [["warm", env.train.slice(0, 200)], ["run", env.train.slice(200)]]) {
    const dir = mkdtempSync(join(tmpdir(), "pp-"));
    teach = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await generate({ runDir: dir, policy, examples: ex, tools: new Map([[env.search.tag, env.search]]), template: QA_TEMPLATE, samples: 5, temperature: 1, seed: 0, concurrency: 16, maxActionTokens: 64, cache: process.env.NOCACHE ? false : true });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    console.log(label, r.policyCalls, "calls", ((r.policyCalls / ms) * 1000).toFixed(0), "steps/s", ((c.user + c.system) / r.policyCalls).toFixed(1), "µs/req total", ((teach * 1000) / r.policyCalls).toFixed(1), "µs/req teacher");
    rmSync(dir, { recursive: true, force: true });
}
//# sourceMappingURL=appcost.js.map