/**
 * Float32 tensors with reverse-mode autograd. Tensors are contiguous row-major (strides are
 * kept for readers and views); every op in `ops/` returns a new tensor and, when gradients
 * are on, records its parents and a closure that pushes its output gradient back to them.
 */

import { floats } from "./arena.js";

let gradEnabled = true;

/** Runs fn with gradient recording off (sampling, evaluation, reference policies). */
export function noGrad<T>(fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = prev;
  }
}

export function isGradEnabled(): boolean {
  return gradEnabled;
}

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export class Tensor {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  /** Gradient of the final scalar w.r.t. this tensor, allocated on first use. */
  grad: Float32Array | null = null;
  /** Set on leaves (parameters) and on every op output that depends on one. */
  requiresGrad: boolean;
  /** Autograd graph: inputs and the function that accumulates into their .grad. */
  parents: readonly Tensor[] = [];
  backwardFn: (() => void) | null = null;
  name = "";

  constructor(readonly data: Float32Array, shape: readonly number[], requiresGrad = false) {
    if (data.length !== sizeOf(shape)) {
      throw new Error(`Tensor: data length ${data.length} does not match shape [${shape.join(", ")}]`);
    }
    this.shape = [...shape];
    this.strides = stridesOf(shape);
    this.requiresGrad = requiresGrad;
  }

  static zeros(shape: readonly number[], requiresGrad = false): Tensor {
    return new Tensor(new Float32Array(sizeOf(shape)), shape, requiresGrad);
  }

  static from(values: ArrayLike<number>, shape: readonly number[], requiresGrad = false): Tensor {
    return new Tensor(Float32Array.from(values), shape, requiresGrad);
  }

  get size(): number {
    return this.data.length;
  }

  /** The gradient buffer, allocated (zeros) if absent; an op output's comes from the step arena. */
  ensureGrad(): Float32Array {
    if (this.grad === null) this.grad = this.backwardFn === null ? new Float32Array(this.data.length) : floats(this.data.length);
    return this.grad;
  }

  zeroGrad(): void {
    this.grad?.fill(0);
  }

  /** Scalar value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) throw new Error(`item() needs one element, tensor has ${this.size}`);
    return this.data[0];
  }

  /** Reverse-mode sweep from this scalar: seeds d(self) = 1, then visits ops in reverse topological order. */
  backward(): void {
    if (this.size !== 1) throw new Error("backward() starts from a scalar");
    const order: Tensor[] = [];
    const seen = new Set<Tensor>();
    const stack: [Tensor, boolean][] = [[this, false]];
    while (stack.length > 0) {
      const [t, expanded] = stack.pop()!;
      if (expanded) {
        order.push(t);
        continue;
      }
      if (seen.has(t)) continue;
      seen.add(t);
      stack.push([t, true]);
      for (const p of t.parents) if (p.requiresGrad && !seen.has(p)) stack.push([p, false]);
    }
    this.ensureGrad()[0] = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardFn?.();
  }
}

/**
 * Creates an op output. When gradients are on and any input requires them, the output records
 * its parents and `backward`, which reads `out.grad` and accumulates into the parents' grads.
 */
export function result(data: Float32Array, shape: readonly number[], parents: readonly Tensor[], backward: (out: Tensor) => void): Tensor {
  const needs = gradEnabled && parents.some((p) => p.requiresGrad);
  const out = new Tensor(data, shape, needs);
  if (needs) {
    out.parents = parents;
    out.backwardFn = () => {
      if (out.grad !== null) backward(out);
    };
  }
  return out;
}

/** Grad buffer of a parent if it takes gradients, else null (lets ops skip dead branches). */
export function gradOf(t: Tensor): Float32Array | null {
  return t.requiresGrad ? t.ensureGrad() : null;
}
