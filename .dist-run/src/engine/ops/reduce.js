/** Reductions to a scalar. */
import { gradOf, result } from "../tensor.js";
export function sum(x) {
    let s = 0;
    for (let i = 0; i < x.size; i++)
        s += x.data[i];
    return result(Float32Array.of(s), [], [x], (out) => {
        const g = out.grad[0];
        const d = gradOf(x);
        for (let i = 0; i < d.length; i++)
            d[i] += g;
    });
}
export function mean(x) {
    let s = 0;
    for (let i = 0; i < x.size; i++)
        s += x.data[i];
    const n = x.size;
    return result(Float32Array.of(s / n), [], [x], (out) => {
        const g = out.grad[0] / n;
        const d = gradOf(x);
        for (let i = 0; i < d.length; i++)
            d[i] += g;
    });
}
//# sourceMappingURL=reduce.js.map