/** Returns the norm before clipping (a training diagnostic). */
export function clipGradNorm(params, maxNorm) {
    let ss = 0;
    for (const p of params) {
        if (p.grad === null)
            continue;
        for (let i = 0; i < p.grad.length; i++)
            ss += p.grad[i] * p.grad[i];
    }
    const norm = Math.sqrt(ss);
    if (norm > maxNorm && norm > 0) {
        const s = maxNorm / norm;
        for (const p of params) {
            if (p.grad === null)
                continue;
            for (let i = 0; i < p.grad.length; i++)
                p.grad[i] *= s;
        }
    }
    return norm;
}
//# sourceMappingURL=clip.js.map