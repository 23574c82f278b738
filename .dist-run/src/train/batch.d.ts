/**
 * Turning encoded conversations into a training batch: ids padded to the longest sequence,
 * next-token targets, and per-token weights (0 on padding and on every untrained token; the
 * caller's coefficient — 1 for SFT, an advantage for RL — on trained ones).
 */
export interface Sequence {
    readonly ids: Int32Array;
    /** 1 where the token is trained on (from encodeConversation). */
    readonly lossMask: Uint8Array;
}
export interface Batch {
    readonly B: number;
    readonly T: number;
    /** (B·T) inputs. */
    readonly ids: Int32Array;
    /** (B·T) next-token targets, -1 where nothing is predicted. */
    readonly targets: Int32Array;
    /** (B·T) per-position weights. */
    readonly weights: Float32Array;
}
/**
 * Position t predicts token t+1, so target[t] = ids[t+1] and the weight at t is the mask of
 * token t+1 times the sequence's coefficient.
 */
export declare function makeBatch(seqs: readonly Sequence[], coefficients: readonly number[], padId: number, maxT: number): Batch;
/** Number of trained positions (for normalising a loss to a per-token mean). */
export declare function trainedTokens(batch: Batch): number;
