/**
 * Rotary position embedding (Su et al.): each head's adjacent pairs (2i, 2i+1) rotate by
 * pos · theta_i, theta_i = base^(-2i/D). The backward pass is the inverse rotation.
 */
import { kernels } from "../backend.js";
import { gradOf, result } from "../tensor.js";
import { floats } from "../arena.js";
export function ropeTables(maxPos, headDim, base = 10000) {
    const half = headDim / 2;
    const cos = new Float32Array(maxPos * half);
    const sin = new Float32Array(maxPos * half);
    for (let p = 0; p < maxPos; p++) {
        for (let i = 0; i < half; i++) {
            const angle = p * Math.pow(base, (-2 * i) / headDim);
            cos[p * half + i] = Math.cos(angle);
            sin[p * half + i] = Math.sin(angle);
        }
    }
    return { cos, sin, maxPos, headDim };
}
/** x: (R, H·D), row r at position pos[r]. */
export function rope(x, tables, pos, heads) {
    const D = tables.headDim;
    const R = x.size / (heads * D);
    if (pos.length < R)
        throw new Error(`rope: ${R} rows but ${pos.length} positions`);
    for (let r = 0; r < R; r++) {
        if (pos[r] < 0 || pos[r] >= tables.maxPos)
            throw new Error(`rope: position ${pos[r]} outside [0, ${tables.maxPos})`);
    }
    const y = floats(x.size);
    kernels().rope(y, x.data, tables.cos, tables.sin, pos, R, heads, D, false);
    return result(y, x.shape, [x], (out) => {
        const back = floats(x.size);
        kernels().rope(back, out.grad, tables.cos, tables.sin, pos, R, heads, D, true);
        const dx = gradOf(x);
        for (let i = 0; i < dx.length; i++)
            dx[i] += back[i];
    });
}
//# sourceMappingURL=rope.js.map