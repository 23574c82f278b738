/**
 * Data parallelism in miniature (DDP's all-reduce over shared memory): `world` threads each hold
 * the same model, compute gradients on their share of a batch, and sum them here. Every rank
 * adds the shares in rank order from the same shared buffers, so all ranks get bit-identical
 * sums, clip and step identically, and their weights never drift apart; nothing is broadcast.
 *
 * Why threads: most of a training step of our small model (attention loops, norms, softmax,
 * the optimizer) is single-threaded, and BLAS gains little from a second thread on matrices
 * this small; two ranks with one BLAS thread each train ~1.6× faster than one rank with two.
 *
 * The buffers are double-buffered by step parity, so a fast rank can write step s+1 while a slow
 * one still reads step s; it cannot reach s+2 before the slow one has arrived at s+1.
 */
import type { Tensor } from "../engine/index.js";

/** What the ranks share: made once by rank 0 and handed to the worker threads. */
export interface SharedBuffers {
  /** 2 parities × world ranks × P gradient floats. */
  readonly grads: SharedArrayBuffer;
  /** 2 parities × world ranks × SCALARS float64 (loss, tokens, …). */
  readonly scalars: SharedArrayBuffer;
  /** int32: [0, world) step each rank has arrived at; [world] abort flag; then the error text's length. */
  readonly control: SharedArrayBuffer;
  /** UTF-8 text of the error that made a rank abort. */
  readonly error: SharedArrayBuffer;
}

const SCALARS = 4;
const ERROR_BYTES = 4096;
/** How long one wait lasts before the abort flag is checked again (ms). */
const POLL_MS = 1000;

export function sharedBuffers(world: number, parameterFloats: number): SharedBuffers {
  return {
    grads: new SharedArrayBuffer(2 * world * parameterFloats * 4),
    scalars: new SharedArrayBuffer(2 * world * SCALARS * 8),
    control: new SharedArrayBuffer((world + 2) * 4),
    error: new SharedArrayBuffer(ERROR_BYTES),
  };
}

export class RankAbortedError extends Error {}

export class GradientExchange {
  private readonly control: Int32Array;
  private readonly scalars: Float64Array;
  private step = 0;

  constructor(private readonly shared: SharedBuffers, readonly rank: number, readonly world: number, private readonly parameterFloats: number) {
    this.control = new Int32Array(shared.control);
    this.scalars = new Float64Array(shared.scalars);
  }

  /**
   * Replaces every parameter's gradient by the sum over ranks and returns the ranks' `values`
   * summed (e.g. each rank's share of the loss). Blocks until every rank has arrived.
   */
  allReduce(params: readonly Tensor[], values: readonly number[]): number[] {
    if (values.length > SCALARS) throw new Error(`allReduce: at most ${SCALARS} values, got ${values.length}`);
    const P = this.parameterFloats;
    const parity = this.step & 1;
    const region = (rank: number) => new Float32Array(this.shared.grads, (parity * this.world + rank) * P * 4, P);
    const mine = region(this.rank);
    let offset = 0;
    for (const p of params) {
      if (p.grad !== null) mine.set(p.grad, offset);
      else mine.fill(0, offset, offset + p.size);
      offset += p.size;
    }
    const s0 = (parity * this.world + this.rank) * SCALARS;
    values.forEach((v, i) => (this.scalars[s0 + i] = v));

    this.step++;
    Atomics.store(this.control, this.rank, this.step);
    Atomics.notify(this.control, this.rank);
    for (let r = 0; r < this.world; r++) if (r !== this.rank) this.waitFor(r);

    const shares = Array.from({ length: this.world }, (_, r) => region(r));
    offset = 0;
    for (const p of params) {
      const g = p.grad ?? (p.grad = new Float32Array(p.size));
      // rank 0's share, then each next rank's added in order (twice as fast as a sum per element)
      g.set(shares[0]!.subarray(offset, offset + p.size));
      for (let r = 1; r < this.world; r++) {
        const share = shares[r]!;
        for (let i = 0; i < p.size; i++) g[i] += share[offset + i]!;
      }
      offset += p.size;
    }
    return values.map((_, i) => {
      let sum = 0;
      for (let r = 0; r < this.world; r++) sum += this.scalars[(parity * this.world + r) * SCALARS + i]!;
      return sum;
    });
  }

  /** Tells the other ranks to stop (they throw RankAbortedError with `message`). */
  abort(message: string): void {
    const bytes = new TextEncoder().encode(message).subarray(0, ERROR_BYTES);
    new Uint8Array(this.shared.error).set(bytes);
    Atomics.store(this.control, this.world + 1, bytes.length);
    Atomics.store(this.control, this.world, 1);
    for (let r = 0; r < this.world; r++) Atomics.notify(this.control, r);
  }

  private waitFor(rank: number): void {
    for (;;) {
      if (Atomics.load(this.control, this.world) !== 0) throw new RankAbortedError(this.abortMessage());
      const seen = Atomics.load(this.control, rank);
      if (seen >= this.step) return;
      Atomics.wait(this.control, rank, seen, POLL_MS);
    }
  }

  private abortMessage(): string {
    const n = Atomics.load(this.control, this.world + 1);
    return new TextDecoder().decode(new Uint8Array(this.shared.error).slice(0, n)) || "another rank stopped";
  }
}
