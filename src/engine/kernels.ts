/**
 * The primitive list every compute backend implements. The autograd ops in `ops/` and the
 * inference path of the model are built only on these, so a backend is one file.
 *
 * Conventions (as in llm.c):
 * - Row-major Float32Array views; callers pass `subarray` views, so there are no copies.
 * - Outputs first, then inputs, then sizes.
 * - Forward kernels overwrite their outputs. Backward kernels ACCUMULATE (+=) into the
 *   gradients they are given, so autograd can sum contributions from several uses.
 * - Dimension letters: R rows, N row length, V vocabulary, T tokens per sequence, H heads,
 *   D head size.
 */
export interface Kernels {
  readonly name: "native" | "js";

  /** C = alpha * op(A) @ op(B) + beta * C, row-major; op(X) is X or X^T. C is M×N, op(A) M×K. */
  sgemm(
    transA: boolean, transB: boolean, M: number, N: number, K: number,
    alpha: number, A: Float32Array, lda: number, B: Float32Array, ldb: number,
    beta: number, C: Float32Array, ldc: number,
  ): void;

  /**
   * Row softmax of x (R×N) into y. With `causalT` > 0 the rows form blocks of causalT queries
   * against N keys, and query i of a block (i = r mod causalT) sees keys j <= i + N - causalT;
   * masked entries become exactly 0.
   */
  softmaxForward(y: Float32Array, x: Float32Array, R: number, N: number, causalT: number): void;
  /** dx += y * (dy - sum(dy * y)) per row. */
  softmaxBackward(dx: Float32Array, y: Float32Array, dy: Float32Array, R: number, N: number): void;

  /** y = log_softmax(x) per row. */
  logSoftmaxForward(y: Float32Array, x: Float32Array, R: number, N: number): void;
  /** dx += dy - exp(y) * sum(dy), with y the forward output. */
  logSoftmaxBackward(dx: Float32Array, y: Float32Array, dy: Float32Array, R: number, N: number): void;

  /** y = x / rms(x) * w per row; rstd (R) saved for backward. */
  rmsnormForward(y: Float32Array, rstd: Float32Array, x: Float32Array, w: Float32Array, R: number, N: number, eps: number): void;
  rmsnormBackward(dx: Float32Array, dw: Float32Array, dy: Float32Array, x: Float32Array, w: Float32Array, rstd: Float32Array, R: number, N: number): void;

  /** y = (x - mean) * rstd * w + b per row; mean, rstd (R) saved for backward. */
  layernormForward(y: Float32Array, mean: Float32Array, rstd: Float32Array, x: Float32Array, w: Float32Array, b: Float32Array, R: number, N: number, eps: number): void;
  layernormBackward(dx: Float32Array, dw: Float32Array, db: Float32Array, dy: Float32Array, x: Float32Array, w: Float32Array, mean: Float32Array, rstd: Float32Array, R: number, N: number): void;

  /** y = x * sigmoid(x). */
  siluForward(y: Float32Array, x: Float32Array, n: number): void;
  siluBackward(dx: Float32Array, dy: Float32Array, x: Float32Array, n: number): void;

  /** y = gelu(x), tanh approximation (as GPT-2). */
  geluForward(y: Float32Array, x: Float32Array, n: number): void;
  geluBackward(dx: Float32Array, dy: Float32Array, x: Float32Array, n: number): void;

  /** SwiGLU gate: y = silu(a) * b. */
  swigluForward(y: Float32Array, a: Float32Array, b: Float32Array, n: number): void;
  swigluBackward(da: Float32Array, db: Float32Array, dy: Float32Array, a: Float32Array, b: Float32Array, n: number): void;

  /**
   * Rotary position embedding on rows of H heads × D (adjacent pairs (2i, 2i+1) rotate, the
   * llama.cpp "normal" layout). Row r has position pos[r]; cos/sin tables are (maxPos, D/2).
   * `inverse` rotates by -theta (the backward pass). y may alias x.
   */
  rope(y: Float32Array, x: Float32Array, cos: Float32Array, sin: Float32Array, pos: Int32Array, R: number, H: number, D: number, inverse: boolean): void;

  /**
   * Attention of L new tokens against a KV cache (inference). Appends rows row..row+L-1 of k and
   * v (R, Hkv·D) to kc and vc (capacity, Hkv·D) at position `past`; then, per head h (reading
   * K/V head h / (H/Hkv)), att[row+i, h] = softmax(scale · q_h Kᵀ) V over the past+L cached
   * positions, query i seeing positions <= past + i. att, q: (R, H·D). One call per sequence and
   * layer instead of three per head: decoding a batch is mostly these calls.
   */
  attendCached(att: Float32Array, q: Float32Array, k: Float32Array, v: Float32Array, kc: Float32Array, vc: Float32Array, row: number, past: number, L: number, H: number, Hkv: number, D: number, scale: number): void;

  /** losses[r] = logsumexp(logits[r]) - logits[r, targets[r]]; rows with target < 0 get 0. */
  crossEntropyForward(losses: Float32Array, logits: Float32Array, targets: Int32Array, R: number, V: number): void;
  /** dlogits[r] += (softmax(logits[r]) - onehot(targets[r])) * dlosses[r]. */
  crossEntropyBackward(dlogits: Float32Array, logits: Float32Array, targets: Int32Array, dlosses: Float32Array, R: number, V: number): void;

  /**
   * One AdamW update in place: m, v moments; bc1 = 1 - beta1^t, bc2 = 1 - beta2^t; decoupled
   * weight decay p -= lr * wd * p (skipped when wd = 0).
   */
  adamw(p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, n: number, lr: number, beta1: number, beta2: number, eps: number, wd: number, bc1: number, bc2: number): void;

  /** Threads used by GEMM (the other kernels are single-threaded). */
  setThreads(n: number): void;
  /** Facts for `swirl doctor`: GEMM kernel, BLAS library if one is in use, threads. */
  info(): Record<string, string | number>;
}
