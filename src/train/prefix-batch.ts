/**
 * Stage 2's batch: one row per state. The state's prompt is computed once and the G actions
 * sampled for it follow as branches, each seeing the prompt and itself only, at the positions it
 * would have right after the prompt. The logits equal those of G separate (prompt + action)
 * sequences up to float rounding, for a fraction of the tokens: a prompt is most of a sequence.
 *
 *   row:  p0 … p(P−2) │ p(P−1) a0 … a(n−2) │ p(P−1) b0 … b(m−2) │ …      (then padding)
 *   pos:  0  … P−2    │ P−1    P  … P+n−2  │ P−1    P  … P+m−2  │
 *
 * The prompt's last token opens every branch because it predicts each action's first token; an
 * action's last token predicts nothing, so it is left out.
 */
import type { RowLayout } from "../model/model.js";

export interface PrefixRow {
  readonly prompt: Int32Array;
  readonly actions: readonly Int32Array[];
}

export interface PrefixBatch {
  readonly B: number;
  readonly T: number;
  /** (B·T) inputs and next-token targets (−1 where nothing is predicted). */
  readonly ids: Int32Array;
  readonly targets: Int32Array;
  readonly layout: RowLayout;
  /** (B·T) the action (numbered across rows in order) a position predicts a token of, −1 for none. */
  readonly actionAt: Int32Array;
  /** Tokens predicted per action after clipping to the context. */
  readonly actionLengths: readonly number[];
}

/** Packs rows; an action is clipped so that prompt + action fits `contextLength + 1` tokens, as one sequence would be. */
export function prefixBatch(rows: readonly PrefixRow[], padId: number, contextLength: number): PrefixBatch {
  const actionLengths: number[] = [];
  const lengths = rows.map((r) => {
    const P = r.prompt.length;
    if (P === 0) throw new Error("prefix batch: empty prompt");
    if (P > contextLength) throw new Error(`prefix batch: a prompt of ${P} tokens exceeds the context of ${contextLength}`);
    let len = P - 1;
    for (const a of r.actions) {
      const n = Math.min(a.length, contextLength + 1 - P);
      actionLengths.push(n);
      len += n;
    }
    return len;
  });
  const B = rows.length;
  const T = Math.max(1, ...lengths);
  const ids = new Int32Array(B * T).fill(padId);
  const targets = new Int32Array(B * T).fill(-1);
  const actionAt = new Int32Array(B * T).fill(-1);
  const positions = new Int32Array(B * T);
  const from = new Int32Array(B * T);
  const to = new Int32Array(B * T);
  let action = 0;
  rows.forEach((r, b) => {
    const P = r.prompt.length;
    const o = b * T;
    ids.set(r.prompt.subarray(0, P - 1), o);
    for (let t = 0; t < P - 1; t++) positions[o + t] = t;
    let start = P - 1; // where the next branch begins in the row
    for (const a of r.actions) {
      const n = actionLengths[action];
      for (let t = 0; t < n; t++) {
        const i = o + start + t;
        ids[i] = t === 0 ? r.prompt[P - 1] : a[t - 1];
        targets[i] = a[t];
        actionAt[i] = action;
        positions[i] = P - 1 + t;
        from[i] = P - 1; // the earlier branches
        to[i] = start;
      }
      start += n;
      action++;
    }
    // padding continues the positions (capped) and predicts nothing
    for (let t = start; t < T; t++) positions[o + t] = Math.min(t, contextLength - 1);
  });
  return { B, T, ids, targets, layout: { positions, mask: { from, to } }, actionAt, actionLengths };
}

/** Per-position loss weights: each action's coefficient on the positions that predict its tokens. */
export function actionWeights(batch: PrefixBatch, coefficients: readonly number[]): Float32Array {
  const w = new Float32Array(batch.actionAt.length);
  batch.actionAt.forEach((a, i) => {
    if (a >= 0) w[i] = coefficients[a];
  });
  return w;
}
