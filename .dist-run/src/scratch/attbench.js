// scratch: attention fwd+bwd alone at the pretraining shape
import { causalAttention } from "../engine/ops/attention.js";
import { Tensor } from "../engine/tensor.js";
import { Arena } from "../engine/arena.js";
const [B, T, H, D] = (process.argv[2] ?? "24,217,4,48").split(",").map(Number);
const rnd = (n) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 0.5);
const q = new Tensor(rnd(B * T * H * D), [B * T, H * D], true);
const k = new Tensor(rnd(B * T * H * D), [B * T, H * D], true);
const v = new Tensor(rnd(B * T * H * D), [B * T, H * D], true);
const arena = new Arena();
let fwd = 0, tot = 0;
for (let it = 0; it < 12; it++) {
    arena.run(() => {
        const t0 = performance.now();
        const o = causalAttention(q, k, v, { B, T, H, Hkv: H, D });
        const t1 = performance.now();
        o.grad = new Float32Array(o.data.length).fill(1);
        o.backwardFn?.();
        const t2 = performance.now();
        if (it >= 2) {
            fwd += t1 - t0;
            tot += t2 - t0;
        }
    });
}
console.log(`attention B${B} T${T} H${H} D${D}: fwd ${(fwd / 10).toFixed(1)} ms, fwd+bwd ${(tot / 10).toFixed(1)} ms`);
//# sourceMappingURL=attbench.js.map