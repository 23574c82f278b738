/**
 * A step arena: while one is active, op outputs and the gradients of intermediate tensors are
 * carved out of a few reused slabs instead of fresh Float32Arrays. A training step allocates
 * hundreds of MB of activations; as fresh ArrayBuffers that external memory makes V8 run a
 * full mark-compact every ~64 MB (a quarter of pretraining time went to GC). Parameters and
 * their gradients never come from an arena (they outlive the step).
 *
 * Lifetime: every buffer handed out is valid until the arena's next `run`, which reuses it.
 */

/** Offsets are rounded to 16 floats (64 bytes) so every buffer starts on a cache line. */
const ALIGN = 16;

export class Arena {
  private slabs: Float32Array[] = [];
  private slab = 0;
  private offset = 0;
  private peak = 0;
  private used = 0;

  /** Runs one step with this arena active; the buffers its last step used are reused. */
  run<T>(fn: () => T): T {
    this.reset();
    running.push(this);
    try {
      return fn();
    } finally {
      running.pop();
    }
  }

  /** The most floats one run has needed so far. */
  get peakFloats(): number {
    return this.peak;
  }

  /**
   * A buffer of n floats, zeroed unless `zero` is false: from the current slab, else from the
   * next one with room, else from a new slab (as big as everything used so far in this run, so
   * slabs grow geometrically and a step that fits in an earlier step's slabs allocates nothing).
   */
  alloc(n: number, zero = true): Float32Array {
    const size = Math.ceil(n / ALIGN) * ALIGN;
    for (;;) {
      const cur = this.slabs[this.slab];
      if (cur === undefined) this.slabs.push(new Float32Array(Math.max(size, this.used, 1 << 20)));
      else if (this.offset + size <= cur.length) break;
      else {
        this.slab++;
        this.offset = 0;
      }
    }
    const out = this.slabs[this.slab].subarray(this.offset, this.offset + n);
    if (zero) out.fill(0);
    this.offset += size;
    this.used += size;
    this.peak = Math.max(this.peak, this.used);
    return out;
  }

  private reset(): void {
    // slabs are kept: a run starts again from the first one
    this.slab = 0;
    this.offset = 0;
    this.used = 0;
  }
}

/** Arenas whose `run` is on the stack; the innermost is the active one. */
const running: Arena[] = [];

/** A zeroed buffer of n floats: from the active arena inside `Arena.run`, else fresh. */
export function floats(n: number): Float32Array {
  const active = running.at(-1);
  return active === undefined ? new Float32Array(n) : active.alloc(n);
}

/**
 * Like floats(n), without zeroing inside an arena (it may hold an earlier step's values): only
 * for a buffer the caller overwrites entirely (a product with beta = 0, a softmax). Zeroing
 * is a twentieth of a training step when every activation pays for it.
 */
export function overwritten(n: number): Float32Array {
  const active = running.at(-1);
  return active === undefined ? new Float32Array(n) : active.alloc(n, false);
}
