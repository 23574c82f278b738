/**
 * Float32 tensors with reverse-mode autograd. Tensors are contiguous row-major (strides are
 * kept for readers and views); every op in `ops/` returns a new tensor and, when gradients
 * are on, records its parents and a closure that pushes its output gradient back to them.
 */
/** Runs fn with gradient recording off (sampling, evaluation, reference policies). */
export declare function noGrad<T>(fn: () => T): T;
export declare function isGradEnabled(): boolean;
export declare function sizeOf(shape: readonly number[]): number;
export declare class Tensor {
    readonly data: Float32Array;
    readonly shape: readonly number[];
    readonly strides: readonly number[];
    /** Gradient of the final scalar w.r.t. this tensor, allocated on first use. */
    grad: Float32Array | null;
    /** Set on leaves (parameters) and on every op output that depends on one. */
    requiresGrad: boolean;
    /** Autograd graph: inputs and the function that accumulates into their .grad. */
    parents: readonly Tensor[];
    backwardFn: (() => void) | null;
    name: string;
    constructor(data: Float32Array, shape: readonly number[], requiresGrad?: boolean);
    static zeros(shape: readonly number[], requiresGrad?: boolean): Tensor;
    static from(values: ArrayLike<number>, shape: readonly number[], requiresGrad?: boolean): Tensor;
    get size(): number;
    /** The gradient buffer, allocated (zeros) if absent; an op output's comes from the step arena. */
    ensureGrad(): Float32Array;
    zeroGrad(): void;
    /** Scalar value of a one-element tensor. */
    item(): number;
    /** Reverse-mode sweep from this scalar: seeds d(self) = 1, then visits ops in reverse topological order. */
    backward(): void;
}
/**
 * Creates an op output. When gradients are on and any input requires them, the output records
 * its parents and `backward`, which reads `out.grad` and accumulates into the parents' grads.
 */
export declare function result(data: Float32Array, shape: readonly number[], parents: readonly Tensor[], backward: (out: Tensor) => void): Tensor;
/** Grad buffer of a parent if it takes gradients, else null (lets ops skip dead branches). */
export declare function gradOf(t: Tensor): Float32Array | null;
