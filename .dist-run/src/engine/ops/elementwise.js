/** Elementwise ops: add, mul, scale, and the activations SiLU, GELU and SwiGLU (forward and backward side by side). */
import { kernels } from "../backend.js";
import { gradOf, result } from "../tensor.js";
import { floats } from "../arena.js";
function sameShape(a, b, op) {
    if (a.size !== b.size || a.shape.join() !== b.shape.join()) {
        throw new Error(`${op}: shapes [${a.shape.join(", ")}] and [${b.shape.join(", ")}] differ`);
    }
}
export function add(a, b) {
    sameShape(a, b, "add");
    const n = a.size;
    const y = floats(n);
    for (let i = 0; i < n; i++)
        y[i] = a.data[i] + b.data[i];
    return result(y, a.shape, [a, b], (out) => {
        const g = out.grad;
        for (const p of [a, b]) {
            const d = gradOf(p);
            if (d)
                for (let i = 0; i < n; i++)
                    d[i] += g[i];
        }
    });
}
export function mul(a, b) {
    sameShape(a, b, "mul");
    const n = a.size;
    const y = floats(n);
    for (let i = 0; i < n; i++)
        y[i] = a.data[i] * b.data[i];
    return result(y, a.shape, [a, b], (out) => {
        const g = out.grad;
        const da = gradOf(a);
        const db = gradOf(b);
        if (da)
            for (let i = 0; i < n; i++)
                da[i] += g[i] * b.data[i];
        if (db)
            for (let i = 0; i < n; i++)
                db[i] += g[i] * a.data[i];
    });
}
export function scale(a, s) {
    const n = a.size;
    const y = floats(n);
    for (let i = 0; i < n; i++)
        y[i] = a.data[i] * s;
    return result(y, a.shape, [a], (out) => {
        const g = out.grad;
        const da = gradOf(a);
        for (let i = 0; i < n; i++)
            da[i] += g[i] * s;
    });
}
export function silu(x) {
    const y = floats(x.size);
    kernels().siluForward(y, x.data, x.size);
    return result(y, x.shape, [x], (out) => kernels().siluBackward(gradOf(x), out.grad, x.data, x.size));
}
export function gelu(x) {
    const y = floats(x.size);
    kernels().geluForward(y, x.data, x.size);
    return result(y, x.shape, [x], (out) => kernels().geluBackward(gradOf(x), out.grad, x.data, x.size));
}
/** SwiGLU gate of the LLaMA MLP: silu(gate) * up. */
export function swiglu(gate, up) {
    sameShape(gate, up, "swiglu");
    const y = floats(gate.size);
    kernels().swigluForward(y, gate.data, up.data, gate.size);
    return result(y, gate.shape, [gate, up], (out) => {
        const n = gate.size;
        // the kernel writes both grads; route a dead branch into scratch
        const dg = gradOf(gate) ?? floats(n);
        const du = gradOf(up) ?? floats(n);
        kernels().swigluBackward(dg, du, out.grad, gate.data, up.data, n);
    });
}
//# sourceMappingURL=elementwise.js.map