/** Movement ops: reshape, transpose, slice, concat, and the embedding lookup (a row gather). */
import { Tensor, gradOf, result, sizeOf } from "../tensor.js";
import { floats } from "../arena.js";

/** Same data, new shape (tensors are contiguous, so this is free; the gradient is copied back). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  if (sizeOf(shape) !== x.size) throw new Error(`reshape: [${x.shape.join(", ")}] cannot become [${shape.join(", ")}]`);
  return result(x.data, shape, [x], (out) => {
    const d = gradOf(x)!;
    const g = out.grad!;
    for (let i = 0; i < d.length; i++) d[i] += g[i];
  });
}

/** Swaps the last two dimensions (materialised, so the result stays contiguous). */
export function transpose(x: Tensor): Tensor {
  const nd = x.shape.length;
  if (nd < 2) throw new Error("transpose: needs at least 2 dimensions");
  const M = x.shape[nd - 2];
  const N = x.shape[nd - 1];
  const batch = x.size / (M * N);
  const swap = (src: Float32Array, dst: Float32Array, accumulate: boolean, rows: number, cols: number): void => {
    for (let b = 0; b < batch; b++) {
      const o = b * rows * cols;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const v = src[o + i * cols + j];
          if (accumulate) dst[o + j * rows + i] += v;
          else dst[o + j * rows + i] = v;
        }
      }
    }
  };
  const y = floats(x.size);
  swap(x.data, y, false, M, N);
  return result(y, [...x.shape.slice(0, -2), N, M], [x], (out) => swap(out.grad!, gradOf(x)!, true, N, M));
}

/** Elements [start, end) along dimension `dim`. */
export function slice(x: Tensor, dim: number, start: number, end: number): Tensor {
  const outer = sizeOf(x.shape.slice(0, dim));
  const inner = sizeOf(x.shape.slice(dim + 1));
  const len = x.shape[dim];
  if (start < 0 || end > len || start >= end) throw new Error(`slice: [${start}, ${end}) outside dimension ${dim} of size ${len}`);
  const n = end - start;
  const y = floats(outer * n * inner);
  for (let o = 0; o < outer; o++) y.set(x.data.subarray((o * len + start) * inner, (o * len + end) * inner), o * n * inner);
  const shape = [...x.shape];
  shape[dim] = n;
  return result(y, shape, [x], (out) => {
    const d = gradOf(x)!;
    const g = out.grad!;
    for (let o = 0; o < outer; o++) {
      const src = o * n * inner;
      const dst = (o * len + start) * inner;
      for (let i = 0; i < n * inner; i++) d[dst + i] += g[src + i];
    }
  });
}

/** Joins tensors along dimension `dim` (all other dimensions equal). */
export function concat(xs: readonly Tensor[], dim: number): Tensor {
  const first = xs[0];
  const outer = sizeOf(first.shape.slice(0, dim));
  const inner = sizeOf(first.shape.slice(dim + 1));
  const lens = xs.map((x) => x.shape[dim]);
  const total = lens.reduce((a, b) => a + b, 0);
  const y = floats(outer * total * inner);
  let offset = 0;
  xs.forEach((x, k) => {
    for (let o = 0; o < outer; o++) y.set(x.data.subarray(o * lens[k] * inner, (o + 1) * lens[k] * inner), (o * total + offset) * inner);
    offset += lens[k];
  });
  const shape = [...first.shape];
  shape[dim] = total;
  return result(y, shape, xs, (out) => {
    const g = out.grad!;
    let off = 0;
    xs.forEach((x, k) => {
      const d = gradOf(x);
      if (d) {
        for (let o = 0; o < outer; o++) {
          const src = (o * total + off) * inner;
          const dst = o * lens[k] * inner;
          for (let i = 0; i < lens[k] * inner; i++) d[dst + i] += g[src + i];
        }
      }
      off += lens[k];
    });
  });
}

/** Rows of the table `weight` (V, C) picked by ids → (n, C); the backward pass scatter-adds. */
export function embedding(weight: Tensor, ids: Int32Array): Tensor {
  return gatherRows(weight, ids, (id, V) => `embedding: token id ${id} outside vocabulary of ${V}`);
}

/** Rows of x (N, C) picked by index → (n, C); the backward pass scatter-adds (an index may repeat). */
export function gatherRows(x: Tensor, rows: Int32Array, outside = (r: number, N: number) => `gatherRows: row ${r} outside ${N} rows`): Tensor {
  const [N, C] = x.shape;
  const y = floats(rows.length * C);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r < 0 || r >= N) throw new Error(outside(r, N));
    y.set(x.data.subarray(r * C, (r + 1) * C), i * C);
  }
  return result(y, [rows.length, C], [x], (out) => {
    const d = gradOf(x);
    if (!d) return;
    const g = out.grad!;
    for (let i = 0; i < rows.length; i++) {
      const o = rows[i] * C;
      for (let j = 0; j < C; j++) d[o + j] += g[i * C + j];
    }
  });
}
