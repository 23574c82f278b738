/**
 * Turning encoded conversations into a training batch: ids padded to the longest sequence,
 * next-token targets, and per-token weights (0 on padding and on every untrained token; the
 * caller's coefficient — 1 for SFT, an advantage for RL — on trained ones).
 */
import { Rng } from "../util/random.js";

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
export function makeBatch(seqs: readonly Sequence[], coefficients: readonly number[], padId: number, maxT: number): Batch {
  const B = seqs.length;
  const T = Math.min(maxT, Math.max(...seqs.map((s) => s.ids.length - 1)));
  const ids = new Int32Array(B * T).fill(padId);
  const targets = new Int32Array(B * T).fill(-1);
  const weights = new Float32Array(B * T);
  seqs.forEach((s, b) => {
    if (s.ids.length - 1 > maxT) throw new Error(`sequence of ${s.ids.length} tokens exceeds the context of ${maxT + 1}`);
    for (let t = 0; t < s.ids.length - 1; t++) {
      ids[b * T + t] = s.ids[t];
      if (s.lossMask[t + 1] === 1) {
        targets[b * T + t] = s.ids[t + 1];
        weights[b * T + t] = coefficients[b];
      }
    }
  });
  return { B, T, ids, targets, weights };
}

/** The positions that predict a token (target ≥ 0): the only rows of the logits a loss reads. */
export function predictingPositions(targets: Int32Array): Int32Array {
  let n = 0;
  for (const t of targets) if (t >= 0) n++;
  const rows = new Int32Array(n);
  n = 0;
  targets.forEach((t, i) => {
    if (t >= 0) rows[n++] = i;
  });
  return rows;
}

/** a[rows[0]], a[rows[1]], … */
export function pick<A extends Int32Array | Float32Array>(a: A, rows: Int32Array): A {
  const out = new (a.constructor as new (n: number) => A)(rows.length);
  rows.forEach((r, i) => (out[i] = a[r]));
  return out;
}

/**
 * The sequences of update `step`: a seeded shuffle per epoch, so any step can be recomputed
 * (resume). With `lengths`, each window of 8 batches is sorted by length before it is cut, so a
 * batch holds similar lengths and little compute goes to padding; batch order is shuffled again.
 */
export function batchAt(n: number, batchSize: number, step: number, seed: number | string, lengths?: readonly number[]): number[] {
  const perEpoch = Math.max(1, Math.floor(n / batchSize));
  const epoch = Math.floor(step / perEpoch);
  const rng = new Rng(`sft:${seed}:${epoch}`);
  let order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  if (lengths) {
    const window = batchSize * 8;
    const batches: number[][] = [];
    for (let w = 0; w < perEpoch * batchSize; w += window) {
      const chunk = order.slice(w, Math.min(w + window, perEpoch * batchSize)).sort((a, b) => lengths[a] - lengths[b]);
      for (let k = 0; k + batchSize <= chunk.length; k += batchSize) batches.push(chunk.slice(k, k + batchSize));
    }
    order = rng.shuffle(batches).flat();
  }
  const k = step % perEpoch;
  return order.slice(k * batchSize, k * batchSize + batchSize);
}
