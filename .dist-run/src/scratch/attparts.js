import { kernels } from "../engine/backend.js";
const [B, T, H, D] = (process.argv[2] ?? "24,217,4,48").split(",").map(Number);
const K = kernels();
const rnd = (n) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 0.5);
const ld = H * D;
const q = rnd(B * T * ld), k = rnd(B * T * ld), v = rnd(B * T * ld), g = rnd(B * T * ld);
const dq = new Float32Array(B * T * ld), dk = new Float32Array(B * T * ld), dv = new Float32Array(B * T * ld);
const att = new Float32Array(B * H * T * T);
const scores = new Float32Array(T * T), datt = new Float32Array(T * T), dscores = new Float32Array(T * T);
const time = {};
const tm = (name, f) => { const t = performance.now(); f(); time[name] = (time[name] ?? 0) + performance.now() - t; };
for (let rep = 0; rep < 3; rep++)
    for (let b = 0; b < B; b++)
        for (let h = 0; h < H; h++) {
            const qo = b * T * ld + h * D;
            const a = att.subarray((b * H + h) * T * T, (b * H + h + 1) * T * T);
            tm("qk", () => K.sgemm(false, true, T, T, D, 0.1, q.subarray(qo), ld, k.subarray(qo), ld, 0, scores, T));
            tm("softmax", () => K.softmaxForward(a, scores, T, T, T));
            tm("av", () => K.sgemm(false, false, T, D, T, 1, a, T, v.subarray(qo), ld, 0, dq.subarray(qo), ld));
            tm("dv", () => K.sgemm(true, false, T, D, T, 1, a, T, g.subarray(qo), ld, 1, dv.subarray(qo), ld));
            tm("datt", () => K.sgemm(false, true, T, T, D, 1, g.subarray(qo), ld, v.subarray(qo), ld, 0, datt, T));
            tm("fill", () => dscores.fill(0));
            tm("softmaxBwd", () => K.softmaxBackward(dscores, a, datt, T, T));
            tm("dq", () => K.sgemm(false, false, T, D, T, 0.1, dscores, T, k.subarray(qo), ld, 1, dq.subarray(qo), ld));
            tm("dk", () => K.sgemm(true, false, T, D, T, 0.1, dscores, T, q.subarray(qo), ld, 1, dk.subarray(qo), ld));
        }
for (const [n, t] of Object.entries(time))
    console.log(n.padEnd(12), (t / 3).toFixed(2), "ms");
//# sourceMappingURL=attparts.js.map