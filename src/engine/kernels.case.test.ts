/**
 * One suite for every backend behind `Kernels` (as hono's router/common.case.test.ts): each
 * kernel against the js backend, the living definition, on seeded random inputs of odd shapes,
 * passed as subarray views at non-zero offsets with guard values around them (a kernel that
 * writes outside its arrays fails); sgemm also against a float64 loop written here. On the js
 * backend the parity checks are self-checks, but the guards, the independent references and
 * the property checks (masking, accumulation, inverse rope) still bite.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Kernels } from "./kernels.js";
import { jsKernels } from "./backends/js.js";
import { loadNativeKernels } from "./backends/native.js";

// ----------------------------------------------------------------------------
// seeded random inputs (mulberry32; kept here so this suite depends on nothing else)

function rng(seed: number) {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    floats: (n: number, scale = 1): Float32Array => Float32Array.from({ length: n }, () => scale * normal()),
    ints: (n: number, lo: number, hi: number): Int32Array => Int32Array.from({ length: n }, () => lo + Math.floor(next() * (hi - lo))),
  };
}

// ----------------------------------------------------------------------------
// views with guards, comparison

const GUARD = 12345; // exact in Float32Array and Int32Array alike
type Arr = Float32Array | Int32Array;
type Bufs = Record<string, Arr>;

/** A copy of src as a view at offset 3 of a larger buffer whose other elements hold GUARD. */
function placed<T extends Arr>(src: T): T {
  const Ctor = src.constructor as new (n: number) => T;
  const buf = new Ctor(src.length + 8);
  buf.fill(GUARD as never);
  const v = buf.subarray(3, 3 + src.length) as T;
  v.set(src as never);
  return v;
}

function placeAll<T extends Bufs>(b: T): T {
  return Object.fromEntries(Object.entries(b).map(([k, v]) => [k, placed(v)])) as T;
}

/** Asserts the guard elements around a placed view are untouched. */
function assertGuards(v: Arr, label: string): void {
  const Ctor = v.constructor as new (b: ArrayBufferLike) => Arr;
  const all = new Ctor(v.buffer);
  const start = v.byteOffset / v.BYTES_PER_ELEMENT;
  for (let i = 0; i < all.length; i++) {
    if (i >= start && i < start + v.length) continue;
    assert.equal(all[i], GUARD, `${label}: element ${i - start} outside the view was written`);
  }
}

interface Tol { atol: number; rtol: number }
const TIGHT: Tol = { atol: 1e-6, rtol: 1e-5 };
const LOOSE: Tol = { atol: 2e-5, rtol: 1e-4 };

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: Tol, label: string): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i], e = expected[i];
    if (Number.isNaN(e) && Number.isNaN(a)) continue;
    if (a === e) continue; // also equal infinities
    const ok = Math.abs(a - e) <= tol.atol + tol.rtol * Math.abs(e);
    if (!ok) assert.fail(`${label}[${i}]: got ${a}, expected ${e} (atol ${tol.atol}, rtol ${tol.rtol})`);
  }
}

/**
 * Runs `call` on backend k and on the js definition with the same inputs (k's as guarded views),
 * then compares the arrays named in `outs` and checks that k left every other array unchanged.
 */
function parity<T extends Bufs>(k: Kernels, inputs: T, outs: (keyof T & string)[], call: (k: Kernels, b: T) => void, tol: Tol): void {
  const mine = placeAll(inputs);
  const ref = Object.fromEntries(Object.entries(inputs).map(([n, v]) => [n, v.slice()])) as T;
  call(k, mine);
  call(jsKernels, ref);
  for (const [name, v] of Object.entries(mine)) {
    assertGuards(v, name);
    if (outs.includes(name)) assertClose(v, ref[name], tol, name);
    else assert.deepEqual(v, inputs[name], `${name} is an input and must not change`);
  }
}

/** Float64 reference for sgemm, independent of both backends. */
function gemmRef(tA: boolean, tB: boolean, M: number, N: number, K: number, alpha: number, A: Float32Array, lda: number,
  B: Float32Array, ldb: number, beta: number, C: Float32Array, ldc: number): Float64Array {
  const out = Float64Array.from(C);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let acc = 0;
      for (let p = 0; p < K; p++) acc += (tA ? A[p * lda + i] : A[i * lda + p]) * (tB ? B[j * ldb + p] : B[p * ldb + j]);
      out[i * ldc + j] = alpha * acc + (beta === 0 ? 0 : beta * C[i * ldc + j]);
    }
  }
  return out;
}

/** A rows×cols matrix with leading dimension ld; the padding columns hold NaN, to be caught if read. */
function matrix(r: ReturnType<typeof rng>, rows: number, cols: number, ld: number): Float32Array {
  const m = r.floats(rows === 0 || cols === 0 ? 0 : (rows - 1) * ld + cols);
  for (let i = 0; i < m.length; i++) if (i % ld >= cols) m[i] = NaN;
  return m;
}

const SHAPES: [number, number][] = [[1, 1], [7, 13], [33, 65], [4, 300]]; // (R, N)

// ----------------------------------------------------------------------------
// the suite

const native = loadNativeKernels();
const backends: [string, Kernels | string][] = [["js", jsKernels], ["native", native]];

for (const [name, k] of backends) {
  const skip = typeof k === "string" ? `native backend unavailable: ${k} (run \`node scripts/build-native.mjs\`)` : false;
  if (skip) console.log(`kernels.case: skipping ${name}: ${skip}`);
  const K = k as Kernels;

  describe(`kernels: ${name} backend`, { skip }, () => {
    it("sgemm matches a float64 reference for every transpose, odd shapes, lda > cols and views", () => {
      const r = rng(1);
      // 7×70×21 and 16×64×40 take the native small-M decode path (M <= 16, Bᵀ, N >= 64)
      const shapes = [[7, 13, 5], [33, 65, 17], [1, 13, 7], [7, 1, 9], [1, 1, 5], [64, 3, 31], [7, 70, 21], [16, 64, 40], [3, 90, 8]];
      for (const [M, N, Kd] of shapes) {
        for (const tA of [false, true]) {
          for (const tB of [false, true]) {
            for (const beta of [0, 1, -0.5]) {
              const [ar, ac] = tA ? [Kd, M] : [M, Kd];
              const [br, bc] = tB ? [N, Kd] : [Kd, N];
              const lda = ac + 3, ldb = bc + 1, ldc = N + 2;
              const A = placed(matrix(r, ar, ac, lda)), B = placed(matrix(r, br, bc, ldb)), C = placed(matrix(r, M, N, ldc));
              for (let i = 0; i < C.length; i++) if (i % ldc < N && beta === 0 && i % 5 === 0) C[i] = NaN; // beta 0 clears NaN
              const want = gemmRef(tA, tB, M, N, Kd, 0.7, A, lda, B, ldb, beta, C, ldc);
              K.sgemm(tA, tB, M, N, Kd, 0.7, A, lda, B, ldb, beta, C, ldc);
              const label = `sgemm ${tA ? "T" : "N"}${tB ? "T" : "N"} ${M}×${N}×${Kd} beta=${beta}`;
              assertClose(C, want, { atol: 1e-5, rtol: 1e-5 }, label); // padding stays NaN
              for (const v of [A, B, C]) assertGuards(v, label);
            }
          }
        }
      }
    });

    it("sgemm with an empty dimension only scales C by beta", () => {
      const C = placed(new Float32Array([1, 2, 3, 4]));
      K.sgemm(false, false, 2, 2, 0, 1, new Float32Array(0), 1, new Float32Array(0), 2, 0.5, C, 2);
      assert.deepEqual([...C], [0.5, 1, 1.5, 2]);
      K.sgemm(false, false, 0, 2, 3, 1, new Float32Array(0), 3, new Float32Array(6), 2, 0, C, 2);
      assert.deepEqual([...C], [0.5, 1, 1.5, 2]);
      assertGuards(C, "C");
    });

    it("softmax forward/backward match on odd shapes, with and without the causal rule", () => {
      const r = rng(2);
      for (const [R, N] of SHAPES) {
        for (const causalT of [0, R, Math.max(1, R - 1), N + 2]) {
          if (causalT > 0 && R % causalT !== 0) continue;
          const x = r.floats(R * N, 3);
          parity(K, { y: new Float32Array(R * N), x }, ["y"], (k, b) => k.softmaxForward(b.y, b.x, R, N, causalT), TIGHT);
        }
        const y = new Float32Array(R * N);
        jsKernels.softmaxForward(y, r.floats(R * N, 2), R, N, 0);
        parity(K, { dx: r.floats(R * N), y, dy: r.floats(R * N) }, ["dx"], (k, b) => k.softmaxBackward(b.dx, b.y, b.dy, R, N), TIGHT);
      }
    });

    it("causal softmax gives exactly 0 to masked keys (even NaN ones) and handles -inf", () => {
      // 2 blocks of T = 3 queries against N = 5 keys: query i sees keys j <= i + 2
      const T = 3, N = 5, R = 6;
      const x = rng(3).floats(R * N);
      for (let r = 0; r < R; r++) for (let j = (r % T) + N - T + 1; j < N; j++) x[r * N + j] = NaN;
      x[1] = -Infinity;
      const y = placed(new Float32Array(R * N));
      K.softmaxForward(y, placed(x), R, N, T);
      for (let r = 0; r < R; r++) {
        let sum = 0;
        for (let j = 0; j < N; j++) {
          const v = y[r * N + j];
          if (j > (r % T) + N - T) assert.equal(v, 0, `row ${r} key ${j} is masked`);
          else assert.ok(Number.isFinite(v) && v >= 0, `row ${r} key ${j}: ${v}`);
          sum += v;
        }
        assert.ok(Math.abs(sum - 1) < 1e-6, `row ${r} sums to ${sum}`);
      }
      assert.equal(y[1], 0, "exp(-inf) is 0");
      // a block longer than the keys: its first rows see nothing and are all zero
      const z = placed(new Float32Array(4 * 2));
      K.softmaxForward(z, placed(rng(4).floats(8)), 4, 2, 4);
      assert.deepEqual([...z], [0, 0, 0, 0, 1, 0, 0.5, 0.5].map((v, i) => (i >= 6 ? z[i] : v)));
      assert.ok(Math.abs(z[6] + z[7] - 1) < 1e-6);
    });

    it("log-softmax forward/backward match", () => {
      const r = rng(5);
      for (const [R, N] of SHAPES) {
        parity(K, { y: new Float32Array(R * N), x: r.floats(R * N, 4) }, ["y"], (k, b) => k.logSoftmaxForward(b.y, b.x, R, N), LOOSE);
        const y = new Float32Array(R * N);
        jsKernels.logSoftmaxForward(y, r.floats(R * N, 2), R, N);
        parity(K, { dx: r.floats(R * N), y, dy: r.floats(R * N) }, ["dx"], (k, b) => k.logSoftmaxBackward(b.dx, b.y, b.dy, R, N), LOOSE);
      }
    });

    it("rmsnorm and layernorm forward/backward match", () => {
      const r = rng(6);
      for (const [R, N] of SHAPES) {
        const x = r.floats(R * N, 2), w = r.floats(N), b = r.floats(N), dy = r.floats(R * N);
        parity(K, { y: new Float32Array(R * N), rstd: new Float32Array(R), x, w }, ["y", "rstd"],
          (k, q) => k.rmsnormForward(q.y, q.rstd, q.x, q.w, R, N, 1e-5), TIGHT);
        const rstd = new Float32Array(R), mean = new Float32Array(R);
        jsKernels.rmsnormForward(new Float32Array(R * N), rstd, x, w, R, N, 1e-5);
        parity(K, { dx: r.floats(R * N), dw: r.floats(N), dy, x, w, rstd }, ["dx", "dw"],
          (k, q) => k.rmsnormBackward(q.dx, q.dw, q.dy, q.x, q.w, q.rstd, R, N), LOOSE);
        parity(K, { y: new Float32Array(R * N), mean: new Float32Array(R), rstd: new Float32Array(R), x, w, b }, ["y", "mean", "rstd"],
          (k, q) => k.layernormForward(q.y, q.mean, q.rstd, q.x, q.w, q.b, R, N, 1e-5), LOOSE);
        jsKernels.layernormForward(new Float32Array(R * N), mean, rstd, x, w, b, R, N, 1e-5);
        parity(K, { dx: r.floats(R * N), dw: r.floats(N), db: r.floats(N), dy, x, w, mean, rstd }, ["dx", "dw", "db"],
          (k, q) => k.layernormBackward(q.dx, q.dw, q.db, q.dy, q.x, q.w, q.mean, q.rstd, R, N), LOOSE);
      }
    });

    it("silu, gelu and swiglu forward/backward match, large inputs included", () => {
      const r = rng(7);
      for (const n of [1, 13, 1001]) {
        const x = r.floats(n, 3), a = r.floats(n, 3), b = r.floats(n), dy = r.floats(n);
        if (n > 4) x.set([-100, 100, -30, 30]);
        const y = new Float32Array(n);
        parity(K, { y, x }, ["y"], (k, q) => k.siluForward(q.y, q.x, n), TIGHT);
        parity(K, { dx: r.floats(n), dy, x }, ["dx"], (k, q) => k.siluBackward(q.dx, q.dy, q.x, n), TIGHT);
        parity(K, { y, x }, ["y"], (k, q) => k.geluForward(q.y, q.x, n), TIGHT);
        parity(K, { dx: r.floats(n), dy, x }, ["dx"], (k, q) => k.geluBackward(q.dx, q.dy, q.x, n), TIGHT);
        parity(K, { y, a, b }, ["y"], (k, q) => k.swigluForward(q.y, q.a, q.b, n), TIGHT);
        parity(K, { da: r.floats(n), db: r.floats(n), dy, a, b }, ["da", "db"], (k, q) => k.swigluBackward(q.da, q.db, q.dy, q.a, q.b, n), TIGHT);
      }
    });

    it("rope matches, works in place, and its inverse undoes it", () => {
      const r = rng(8);
      const R = 5, H = 3, D = 8, maxPos = 11;
      const angles = Float32Array.from({ length: maxPos * D / 2 }, (_, i) => Math.floor(i / (D / 2)) * 10000 ** (-(i % (D / 2)) / (D / 2)));
      const cos = angles.map(Math.cos), sin = angles.map(Math.sin);
      const pos = r.ints(R, 0, maxPos);
      const x = r.floats(R * H * D);
      for (const inverse of [false, true]) {
        parity(K, { y: new Float32Array(R * H * D), x, cos, sin, pos }, ["y"], (k, q) => k.rope(q.y, q.x, q.cos, q.sin, q.pos, R, H, D, inverse), TIGHT);
      }
      const y = new Float32Array(R * H * D), inPlace = placed(x);
      K.rope(y, x, cos, sin, pos, R, H, D, false);
      K.rope(inPlace, inPlace, cos, sin, pos, R, H, D, false);
      assert.deepEqual(inPlace, y, "y may alias x");
      K.rope(y, y, cos, sin, pos, R, H, D, true);
      assertClose(y, x, TIGHT, "inverse(rope(x))");
    });

    it("attendCached matches, appends to the cache, and each query sees only positions up to its own", () => {
      const r = rng(14);
      // [R rows, row, past, L, H, Hkv, D, capacity]: prefill, a decode step, grouped heads, odd D
      const cases = [[5, 0, 0, 5, 4, 2, 8, 9], [3, 2, 7, 1, 4, 4, 16, 12], [6, 1, 13, 3, 6, 2, 5, 20], [1, 0, 40, 1, 2, 1, 64, 41]];
      for (const [R, row, past, L, H, Hkv, D, cap] of cases) {
        const HD = H * D, KV = Hkv * D, scale = 1 / Math.sqrt(D);
        const kc = r.floats(cap * KV), vc = r.floats(cap * KV);
        kc.fill(NaN, (past + L) * KV); // positions beyond past + L must never be read
        vc.fill(NaN, (past + L) * KV);
        const inputs = { att: new Float32Array(R * HD), q: r.floats(R * HD), k: r.floats(R * KV), v: r.floats(R * KV), kc, vc };
        parity(K, inputs, ["att", "kc", "vc"], (k, b) => k.attendCached(b.att, b.q, b.k, b.v, b.kc, b.vc, row, past, L, H, Hkv, D, scale), LOOSE);
        // the last query of a prefill sees every position; the first sees positions <= past only
        const att = new Float32Array(R * HD), kc2 = kc.slice(), vc2 = vc.slice();
        K.attendCached(att, inputs.q, inputs.k, inputs.v, kc2, vc2, row, past, L, H, Hkv, D, scale);
        assert.ok(att.subarray(row * HD, (row + L) * HD).every(Number.isFinite), "no NaN from unread cache rows");
        assert.deepEqual(kc2.subarray(past * KV, (past + L) * KV), inputs.k.subarray(row * KV, (row + L) * KV), "k appended at past");
      }
    });

    it("cross-entropy forward/backward match, rows with target < 0 skipped", () => {
      const r = rng(9);
      for (const [R, V] of SHAPES) {
        const logits = r.floats(R * V, 3), targets = r.ints(R, 0, V), dlosses = r.floats(R);
        if (R > 2) { targets[1] = -1; dlosses[2] = 0; }
        parity(K, { losses: r.floats(R), logits, targets }, ["losses"], (k, q) => k.crossEntropyForward(q.losses, q.logits, q.targets, R, V), LOOSE);
        parity(K, { dlogits: r.floats(R * V), logits, targets, dlosses }, ["dlogits"],
          (k, q) => k.crossEntropyBackward(q.dlogits, q.logits, q.targets, q.dlosses, R, V), TIGHT);
        if (R > 2) {
          const losses = r.floats(R);
          K.crossEntropyForward(losses, logits, targets, R, V);
          assert.equal(losses[1], 0, "target -1 gives loss 0");
        }
      }
    });

    it("adamw matches over several steps, with and without weight decay", () => {
      const r = rng(10);
      const n = 1037;
      for (const wd of [0, 0.1]) {
        let p = r.floats(n), m = new Float32Array(n), v = new Float32Array(n);
        for (let t = 1; t <= 3; t++) {
          const g = r.floats(n, 0.1);
          const b1 = 0.9, b2 = 0.95;
          const ref = { p: p.slice(), m: m.slice(), v: v.slice() };
          parity(K, { p, g, m, v }, ["p", "m", "v"], (k, q) => k.adamw(q.p, q.g, q.m, q.v, n, 1e-2, b1, b2, 1e-8, wd, 1 - b1 ** t, 1 - b2 ** t), { atol: 2e-6, rtol: 1e-5 });
          jsKernels.adamw(ref.p, g, ref.m, ref.v, n, 1e-2, b1, b2, 1e-8, wd, 1 - b1 ** t, 1 - b2 ** t);
          ({ p, m, v } = ref);
        }
      }
    });

    it("backward kernels accumulate: a second call adds the same gradient again", () => {
      const r = rng(11);
      const R = 7, N = 13, n = R * N;
      const x = r.floats(n), w = r.floats(N), b = r.floats(N), dy = r.floats(n), y = new Float32Array(n);
      const rstd = new Float32Array(R), mean = new Float32Array(R);
      K.layernormForward(y, mean, rstd, x, w, b, R, N, 1e-5);
      K.softmaxForward(y, x, R, N, 0);
      const targets = r.ints(R, 0, N), dlosses = r.floats(R);
      const cases: [string, (g: Float32Array[]) => void, number[]][] = [
        ["softmaxBackward", ([dx]) => K.softmaxBackward(dx, y, dy, R, N), [n]],
        ["logSoftmaxBackward", ([dx]) => K.logSoftmaxBackward(dx, y, dy, R, N), [n]],
        ["rmsnormBackward", ([dx, dw]) => K.rmsnormBackward(dx, dw, dy, x, w, rstd, R, N), [n, N]],
        ["layernormBackward", ([dx, dw, db]) => K.layernormBackward(dx, dw, db, dy, x, w, mean, rstd, R, N), [n, N, N]],
        ["siluBackward", ([dx]) => K.siluBackward(dx, dy, x, n), [n]],
        ["geluBackward", ([dx]) => K.geluBackward(dx, dy, x, n), [n]],
        ["swigluBackward", ([da, db]) => K.swigluBackward(da, db, dy, x, y, n), [n, n]],
        ["crossEntropyBackward", ([dl]) => K.crossEntropyBackward(dl, x, targets, dlosses, R, N), [n]],
      ];
      for (const [label, run, sizes] of cases) {
        const once = sizes.map((s) => new Float32Array(s));
        run(once);
        const twice = sizes.map((s) => new Float32Array(s));
        run(twice);
        run(twice);
        once.forEach((g, i) => {
          assert.ok(g.some((v) => v !== 0), `${label}: gradient ${i} is not all zero`);
          assertClose(twice[i], g.map((v) => 2 * v), TIGHT, `${label} gradient ${i}`);
        });
      }
    });

    it("rejects bad calls with a TypeError or RangeError instead of touching memory", { skip: name === "js" ? "the js backend does not validate its arguments" : false }, () => {
      const f = (n: number) => new Float32Array(n);
      const call = (fn: () => void, type: typeof TypeError, msg: RegExp) => assert.throws(fn, (e: unknown) => e instanceof type && msg.test((e as Error).message));
      const bad = K as unknown as Record<string, (...args: unknown[]) => void>;
      call(() => bad.softmaxForward(f(6), f(6), 2, 3), TypeError, /softmaxForward.*expects 5 arguments, got 4/);
      call(() => bad.softmaxForward(f(6), new Float64Array(6), 2, 3, 0), TypeError, /argument 2 \(x\) must be a Float32Array, got Float64Array/);
      call(() => bad.siluForward(f(4), f(4), "4"), TypeError, /argument 3 \(n\) must be a non-negative integer/);
      call(() => bad.sgemm(0, false, 2, 2, 2, 1, f(4), 2, f(4), 2, 0, f(4), 2), TypeError, /transA.*must be a boolean/);
      call(() => bad.rope(f(8), f(8), f(8), f(8), new Float32Array(1), 1, 1, 8, false), TypeError, /pos.*Int32Array/);
      const y = placed(f(5));
      call(() => K.softmaxForward(y, f(6), 2, 3, 0), RangeError, /y has 5 elements, needs R\*N = 6/);
      assertGuards(y, "y");
      call(() => K.siluForward(f(4), f(4), 2.5), RangeError, /integer/);
      call(() => K.siluForward(f(4), f(4), -1), RangeError, /integer/);
      call(() => K.sgemm(false, false, 2, 2, 3, 1, f(6), 2, f(6), 2, 0, f(4), 2), RangeError, /A is M×K, so its leading dimension must be >= 3/);
      call(() => K.sgemm(true, false, 4, 2, 3, 1, f(11), 4, f(6), 2, 0, f(8), 2), RangeError, /A is K×M \(transA\).*needs 12 elements, has 11/);
      call(() => K.sgemm(false, false, 2, 2, 2, 1, f(4), 2, f(4), 2, 0, f(4), 3), RangeError, /C is M×N with leading dimension 3, so it needs 5 elements, has 4/);
      call(() => K.crossEntropyForward(f(2), f(6), new Int32Array([0, 3]), 2, 3), RangeError, /targets\[1\] = 3 is not below V = 3/);
      call(() => K.rope(f(8), f(8), f(8), f(8), new Int32Array([2]), 1, 1, 8, false), RangeError, /pos\[0\] = 2 is outside/);
      call(() => K.rope(f(6), f(6), f(9), f(9), new Int32Array([0]), 1, 2, 3, false), RangeError, /D .* must be even/);
      call(() => K.adamw(f(4), f(4), f(3), f(4), 4, 1, 0.9, 0.99, 1e-8, 0, 1, 1), RangeError, /m has 3 elements/);
      call(() => K.setThreads(0), RangeError, /at least 1/);
      call(() => K.attendCached(f(12), f(12), f(4), f(4), f(8), f(8), 0, 0, 1, 3, 2, 4, 1), RangeError, /H \(3\) must be a positive multiple of Hkv \(2\)/);
      call(() => K.attendCached(f(8), f(8), f(4), f(4), f(4), f(4), 0, 1, 1, 2, 1, 4, 1), RangeError, /kc has 4 elements, needs \(past\+L\)\*Hkv\*D = 8/);
    });

    it("reports its threads and GEMM kernel", () => {
      const info = K.info();
      assert.equal(typeof info.gemm, "string");
      assert.equal(typeof info.threads, "number");
      if (name === "native") {
        const before = Number(info.threads);
        K.setThreads(1);
        assert.equal(K.info().threads, 1);
        K.setThreads(before);
        assert.match(String(info.gemm), /^own \((avx2|avx512)\)$|^OpenBLAS$/);
      }
    });
  });
}
