/** RMSNorm (LLaMA) and LayerNorm over the last dimension, forward and backward. */
import { kernels } from "../backend.js";
import { gradOf, result } from "../tensor.js";
import { floats } from "../arena.js";
export function rmsnorm(x, w, eps = 1e-5) {
    const N = w.size;
    const R = x.size / N;
    const y = floats(x.size);
    const rstd = floats(R);
    kernels().rmsnormForward(y, rstd, x.data, w.data, R, N, eps);
    return result(y, x.shape, [x, w], (out) => {
        const dx = gradOf(x) ?? floats(x.size);
        const dw = gradOf(w) ?? floats(N);
        kernels().rmsnormBackward(dx, dw, out.grad, x.data, w.data, rstd, R, N);
    });
}
export function layernorm(x, w, b, eps = 1e-5) {
    const N = w.size;
    const R = x.size / N;
    const y = floats(x.size);
    const mean = floats(R);
    const rstd = floats(R);
    kernels().layernormForward(y, mean, rstd, x.data, w.data, b.data, R, N, eps);
    return result(y, x.shape, [x, w, b], (out) => {
        const dx = gradOf(x) ?? floats(x.size);
        const dw = gradOf(w) ?? floats(N);
        const db = gradOf(b) ?? floats(N);
        kernels().layernormBackward(dx, dw, db, out.grad, x.data, w.data, mean, rstd, R, N);
    });
}
//# sourceMappingURL=norm.js.map