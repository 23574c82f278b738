// scratch: time a short base-policy pretraining (profile with --cpu-prof)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pretrainBasePolicy } from "../pretrain/base-policy.js";
const cfg = JSON.parse(process.argv[2] ?? "{}");
const dir = mkdtempSync(join(tmpdir(), "ptprof-"));
let t0 = 0, toks = 0, n = 0;
await pretrainBasePolicy(dir, { ...cfg }, (p) => {
    if (p.phase !== "training") {
        console.log(p.phase, p.message);
        return;
    }
    const m = p.metrics;
    if (n === 10) {
        t0 = performance.now();
        toks = 0;
    }
    n++;
    toks += m.tokens;
    if (n % 50 === 0)
        console.log(m.step, "loss", m.loss.toFixed(3), "tok/s", (toks / ((performance.now() - t0) / 1000)).toFixed(0), "ms/step", ((performance.now() - t0) / (n - 10)).toFixed(0));
});
rmSync(dir, { recursive: true, force: true });
//# sourceMappingURL=ptprof.js.map