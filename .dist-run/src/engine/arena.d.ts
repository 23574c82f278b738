/**
 * A step arena: while one is active, op outputs and the gradients of intermediate tensors are
 * carved out of a few reused slabs instead of fresh Float32Arrays. A training step allocates
 * hundreds of MB of activations; as fresh ArrayBuffers that external memory makes V8 run a
 * full mark-compact every ~64 MB (a quarter of pretraining time went to GC). Parameters and
 * their gradients never come from an arena (they outlive the step).
 *
 * Lifetime: every buffer handed out is valid until the arena's next `run`, which reuses it.
 */
export declare class Arena {
    private slabs;
    private slab;
    private offset;
    private peak;
    private used;
    /** Runs one step with this arena active; buffers from its previous run are reused. */
    run<T>(fn: () => T): T;
    /** The most floats one run has needed so far. */
    get peakFloats(): number;
    /**
     * A zeroed buffer of n floats: from the current slab, else from the next one with room, else
     * from a new slab (as big as everything used so far in this run, so slabs grow geometrically
     * and a step that fits in the slabs of an earlier one allocates nothing).
     */
    alloc(n: number): Float32Array;
    private reset;
}
/** A zeroed buffer of n floats: from the active arena inside `Arena.run`, else fresh. */
export declare function floats(n: number): Float32Array;
