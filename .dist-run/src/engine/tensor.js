/**
 * Float32 tensors with reverse-mode autograd. Tensors are contiguous row-major (strides are
 * kept for readers and views); every op in `ops/` returns a new tensor and, when gradients
 * are on, records its parents and a closure that pushes its output gradient back to them.
 */
import { floats } from "./arena.js";
let gradEnabled = true;
/** Runs fn with gradient recording off (sampling, evaluation, reference policies). */
export function noGrad(fn) {
    const prev = gradEnabled;
    gradEnabled = false;
    try {
        return fn();
    }
    finally {
        gradEnabled = prev;
    }
}
export function isGradEnabled() {
    return gradEnabled;
}
export function sizeOf(shape) {
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
function stridesOf(shape) {
    const s = new Array(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        s[i] = acc;
        acc *= shape[i];
    }
    return s;
}
export class Tensor {
    data;
    shape;
    strides;
    /** Gradient of the final scalar w.r.t. this tensor, allocated on first use. */
    grad = null;
    /** Set on leaves (parameters) and on every op output that depends on one. */
    requiresGrad;
    /** Autograd graph: inputs and the function that accumulates into their .grad. */
    parents = [];
    backwardFn = null;
    name = "";
    constructor(data, shape, requiresGrad = false) {
        this.data = data;
        if (data.length !== sizeOf(shape)) {
            throw new Error(`Tensor: data length ${data.length} does not match shape [${shape.join(", ")}]`);
        }
        this.shape = [...shape];
        this.strides = stridesOf(shape);
        this.requiresGrad = requiresGrad;
    }
    static zeros(shape, requiresGrad = false) {
        return new Tensor(new Float32Array(sizeOf(shape)), shape, requiresGrad);
    }
    static from(values, shape, requiresGrad = false) {
        return new Tensor(Float32Array.from(values), shape, requiresGrad);
    }
    get size() {
        return this.data.length;
    }
    /** The gradient buffer, allocated (zeros) if absent; an op output's comes from the step arena. */
    ensureGrad() {
        if (this.grad === null)
            this.grad = this.backwardFn === null ? new Float32Array(this.data.length) : floats(this.data.length);
        return this.grad;
    }
    zeroGrad() {
        this.grad?.fill(0);
    }
    /** Scalar value of a one-element tensor. */
    item() {
        if (this.size !== 1)
            throw new Error(`item() needs one element, tensor has ${this.size}`);
        return this.data[0];
    }
    /** Reverse-mode sweep from this scalar: seeds d(self) = 1, then visits ops in reverse topological order. */
    backward() {
        if (this.size !== 1)
            throw new Error("backward() starts from a scalar");
        const order = [];
        const seen = new Set();
        const stack = [[this, false]];
        while (stack.length > 0) {
            const [t, expanded] = stack.pop();
            if (expanded) {
                order.push(t);
                continue;
            }
            if (seen.has(t))
                continue;
            seen.add(t);
            stack.push([t, true]);
            for (const p of t.parents)
                if (p.requiresGrad && !seen.has(p))
                    stack.push([p, false]);
        }
        this.ensureGrad()[0] = 1;
        for (let i = order.length - 1; i >= 0; i--)
            order[i].backwardFn?.();
    }
}
/**
 * Creates an op output. When gradients are on and any input requires them, the output records
 * its parents and `backward`, which reads `out.grad` and accumulates into the parents' grads.
 */
export function result(data, shape, parents, backward) {
    const needs = gradEnabled && parents.some((p) => p.requiresGrad);
    const out = new Tensor(data, shape, needs);
    if (needs) {
        out.parents = parents;
        out.backwardFn = () => {
            if (out.grad !== null)
                backward(out);
        };
    }
    return out;
}
/** Grad buffer of a parent if it takes gradients, else null (lets ops skip dead branches). */
export function gradOf(t) {
    return t.requiresGrad ? t.ensureGrad() : null;
}
//# sourceMappingURL=tensor.js.map