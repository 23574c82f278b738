import type { Model } from "./model.js";
/** Keys and values of one sequence, per layer: (capacity, Hkv·D). */
export declare class KVCache {
    readonly capacity: number;
    readonly k: Float32Array[];
    readonly v: Float32Array[];
    /** Positions filled so far. */
    length: number;
    /** capacity: the most positions this sequence will hold (default: the whole context). */
    constructor(model: Model, capacity?: number);
}
export interface Chunk {
    readonly cache: KVCache;
    readonly ids: ArrayLike<number>;
}
/**
 * Runs the chunks through the model, appending to their caches. Returns logits (rows × V) for
 * the last token of every chunk ("last"), or for every token ("all").
 */
export declare function forwardChunks(model: Model, chunks: readonly Chunk[], which?: "last" | "all"): Float32Array;
